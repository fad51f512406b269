import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { createRateLimiter } from '../../../forms/rate-limit';
import { idempotencyKeySchema, slugSchema, submitForm } from '../../../forms/submissions';
import { notifier } from '../../../forms/notifier-instance';

const limiter = createRateLimiter({
  perMinute: Number(process.env.FORM_SUBMISSIONS_PER_MINUTE ?? 10),
  burst: Number(process.env.FORM_SUBMISSIONS_BURST ?? 20),
});

const FORM_TYPES = ['application/json', 'application/x-www-form-urlencoded'];

function fail(ctx: Context, status: number, message: string, details: Record<string, unknown> = {}): void {
  const names: Record<number, string> = {
    400: 'BadRequestError',
    404: 'NotFoundError',
    415: 'UnsupportedMediaTypeError',
    422: 'ValidationError',
    429: 'RateLimitError',
    503: 'ServiceUnavailableError',
  };
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: names[status] ?? 'Error', message, details } };
}

/** JSON sends `{ "answers": {...} }`; an HTML form sends its fields, with control fields starting "_". */
function answersFrom(body: unknown, json: boolean): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  if (json) return (body as { answers?: unknown }).answers;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !key.startsWith('_')));
}

export default factories.createCoreController('api::form-submission.form-submission', ({ strapi }) => ({
  async submit(ctx: Context) {
    const wait = limiter.take(ctx.request.ip);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      return fail(ctx, 429, `Too many submissions. Try again in ${wait} seconds.`);
    }
    const type = ctx.request.type;
    if (!FORM_TYPES.includes(type)) {
      return fail(ctx, 415, 'Send the answers as application/json or application/x-www-form-urlencoded');
    }
    const slug = slugSchema.safeParse((ctx.params as Record<string, unknown>).slug);
    if (!slug.success) return fail(ctx, 404, 'There is no form at this address');

    const body: unknown = ctx.request.body;
    const json = type === 'application/json';
    const control =
      !json && typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>)._idempotencyKey
        : undefined;
    const key = idempotencyKeySchema.safeParse(ctx.get('Idempotency-Key') || control);
    if (!key.success) return fail(ctx, 400, key.error.issues[0]?.message ?? 'Send an Idempotency-Key');
    const answers = answersFrom(body, json);
    if (json && (typeof answers !== 'object' || answers === null || Array.isArray(answers))) {
      return fail(ctx, 400, 'Send the answers as { "answers": { "question-name": "answer" } }');
    }

    const result = await submitForm(strapi, { slug: slug.data, answers, idempotencyKey: key.data });
    if (!result.ok) return fail(ctx, result.status, result.message, result.errors ? { errors: result.errors } : {});
    ctx.status = result.replayed ? 200 : 201;
    ctx.body = { data: result.receipt };
    // The receipt is stored; the email to the service team goes after, and never holds it up.
    if (!result.replayed) notifier()?.kick();
  },
}));
