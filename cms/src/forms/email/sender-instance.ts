import type { Core } from '@strapi/strapi';
import { startSender } from './sender';

let instance: ReturnType<typeof startSender> | null = null;

/** The running sender, when SMTP is configured. */
export const emailSender = () => instance;

/**
 * Starts sending the emails submissions owe when SMTP is configured (SMTP_HOST).
 * Without it, emails wait as "pending" and are sent once it is configured.
 */
export function startEmails(strapi: Core.Strapi): void {
  if (!process.env.SMTP_HOST) {
    strapi.log.warn('Emails are off: set SMTP_HOST (and SMTP_PORT, SMTP_FROM) to send them.');
    return;
  }
  instance = startSender(strapi, {
    pollMs: Number(process.env.NOTIFY_POLL_MS ?? 15_000),
    retryBaseMs: Number(process.env.NOTIFY_RETRY_BASE_MS ?? 30_000),
    maxAttempts: Number(process.env.NOTIFY_MAX_ATTEMPTS ?? 10),
  });
  instance.kick();
}

export async function stopEmails(): Promise<void> {
  const stopping = instance?.stop();
  instance = null;
  await stopping;
}
