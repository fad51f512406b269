import type { Core } from '@strapi/strapi';
import { startNotifier } from './notifications';

let instance: ReturnType<typeof startNotifier> | null = null;

/** The running notifier, when SMTP is configured. */
export const notifier = () => instance;

/**
 * Starts sending the service teams' emails when SMTP is configured (SMTP_HOST).
 * Without it, submissions wait as "pending" and are sent once it is configured.
 */
export function startNotifications(strapi: Core.Strapi): void {
  if (!process.env.SMTP_HOST) {
    strapi.log.warn('Notification emails are off: set SMTP_HOST (and SMTP_PORT, SMTP_FROM) to send them.');
    return;
  }
  instance = startNotifier(strapi, {
    pollMs: Number(process.env.NOTIFY_POLL_MS ?? 15_000),
    retryBaseMs: Number(process.env.NOTIFY_RETRY_BASE_MS ?? 30_000),
    maxAttempts: Number(process.env.NOTIFY_MAX_ATTEMPTS ?? 10),
  });
  instance.kick();
}

export function stopNotifications(): void {
  instance?.stop();
  instance = null;
}
