import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const NAME = 'Live site rebuild';
/** Publishing, unpublishing or deleting is what changes the live site; saving a draft does not. */
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'];

const storedWebhook = z.object({ id: z.union([z.number(), z.string()]), name: z.string(), url: z.string() }).loose();

interface WebhookServices {
  store: {
    findWebhooks(): Promise<unknown[]>;
    createWebhook(data: {
      name: string;
      url: string;
      headers: Record<string, string>;
      events: string[];
    }): Promise<unknown>;
    updateWebhook(
      id: unknown,
      data: { name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean },
    ): Promise<unknown>;
  };
  runner: { add(webhook: unknown): void; update(webhook: unknown): void };
}

/**
 * When REBUILD_WEBHOOK_URL and REBUILD_SECRET are set (`npm start` sets both), the CMS
 * calls the live site's rebuild endpoint on every publish, unpublish and delete, so
 * editors see changes live within seconds. Registered as an ordinary Strapi webhook,
 * visible in Settings > Webhooks. Strapi loads stored webhooks before this runs, so
 * only a new or changed one is handed to the runner.
 */
export async function ensureRebuildWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.REBUILD_WEBHOOK_URL;
  const secret = process.env.REBUILD_SECRET;
  if (!url || !secret) return;
  const services: WebhookServices = {
    store: strapi.get<WebhookServices['store']>('webhookStore'),
    runner: strapi.get<WebhookServices['runner']>('webhookRunner'),
  };
  const data = { name: NAME, url, headers: { Authorization: `Bearer ${secret}` }, events: EVENTS };
  const existing = z
    .array(storedWebhook)
    .parse(await services.store.findWebhooks())
    .find((webhook) => webhook.name === NAME);
  if (!existing) {
    services.runner.add(await services.store.createWebhook(data));
    strapi.log.info(`Publishing now rebuilds the live site through ${url}`);
  } else if (JSON.stringify(existing) !== JSON.stringify({ ...existing, ...data, isEnabled: true })) {
    services.runner.update(await services.store.updateWebhook(existing.id, { ...data, isEnabled: true }));
  }
}
