/**
 * The CMS webhook that asks for a rebuild. Configure it in Strapi (Settings > Webhooks)
 * with the header `Authorization: Bearer <REBUILD_SECRET>` and the entry events
 * publish, unpublish and delete; extra events only cost a debounced build.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describeIssues } from '@doorstep/domain';
import { z } from 'zod';

export const MAX_BODY_BYTES = 64 * 1024;
/** Long enough that guessing it over the network is hopeless. */
export const MIN_SECRET_LENGTH = 16;

/** Names go into log lines and status: letters, digits and `.:_-` only, so nothing can forge a log line. */
const token = z.string().regex(/^[\w.:-]{1,100}$/, 'Use letters, digits and . : _ - only (at most 100)');

/**
 * What Strapi 5 sends, e.g. `{ event: 'entry.publish', model: 'service-page', uid, entry }`.
 * Media events carry no model. Other fields are allowed and ignored.
 */
export const webhookBodySchema = z.object({ event: token, model: token.optional() });
export type WebhookBody = z.infer<typeof webhookBodySchema>;

export type WebhookOutcome = { ok: true; reason: string } | { ok: false; status: 400 | 413; message: string };

/** Compares in constant time; hashing first makes the lengths equal, so length leaks nothing either. */
export function isAuthorised(header: string | undefined, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header ?? ''), digest(`Bearer ${secret}`));
}

export function describeWebhook(body: WebhookBody): string {
  return body.model ? `${body.event} ${body.model}` : body.event;
}

/** Reads and checks the body. An empty body is a manual rebuild (`curl -X POST ...`). */
export async function readWebhook(req: IncomingMessage): Promise<WebhookOutcome> {
  const raw = await readBody(req, MAX_BODY_BYTES);
  if (raw === null) return { ok: false, status: 413, message: `The body must be at most ${MAX_BODY_BYTES / 1024} KB` };
  if (raw.trim() === '') return { ok: true, reason: 'manual' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      status: 400,
      message: 'The body must be JSON, like {"event":"entry.publish","model":"service-page"}',
    };
  }
  const parsed = webhookBodySchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      message: `The body is not a CMS webhook: ${describeIssues(parsed.error).join('; ')}`,
    };
  }
  return { ok: true, reason: describeWebhook(parsed.data) };
}

/** The body as text, or null once it passes `limit` bytes (the rest is drained, not stored). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Listeners rather than `for await`: leaving that loop early destroys the socket,
    // and the sender would never see the 413.
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
