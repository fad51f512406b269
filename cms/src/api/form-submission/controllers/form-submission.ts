import { factories, type Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { createRateLimiter, type RateLimiter } from '../../../forms/rate-limit';
import { errorEnvelope, formSlugSchema, SAVE_ACTION, SAVE_ACTION_FIELD, SAVE_TO_ACCOUNT_FIELD } from '@doorstep/domain';
import { submitForm } from '../../../forms/submissions';
import { fromAnotherOrigin } from '../../../account/csrf';
import { signedInResident } from '../../../account/http';
import { saveDetailsFromAnswers } from '../../../account/prefill';
import { saveFromForm } from '../../../account/draft-http';
import { deleteDraft } from '../../../account/drafts';
import { readSubmissionRequest, removeUploads } from '../../../forms/submission-request';
import { sendConfirmationPage, sendFormWithErrors, sendMessagePage } from '../../../forms/html-responses';

let limiter: RateLimiter | undefined;

function fail(ctx: Context, status: number, message: string, details: Record<string, unknown> = {}): void {
  ctx.status = status;
  ctx.body = errorEnvelope(status, message, details);
}

/**
 * `POST /api/forms/<slug>/submissions`. The form runner island sends JSON (or
 * multipart when it carries files) and reads JSON back; a plain HTML form posts
 * urlencoded or multipart fields and gets an HTML page back: the confirmation, or
 * the form again with its errors and the answers kept.
 */
async function handleSubmission(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const slug = formSlugSchema.safeParse((ctx.params as Record<string, unknown>).slug);
  const wantsHtml = !ctx.request.is('application/json') && ctx.accepts(['json', 'html']) === 'html';
  const refuse = async (status: number, message: string) =>
    wantsHtml
      ? sendMessagePage(strapi, ctx, status, 'There is a problem', message, slug.success ? slug.data : undefined)
      : fail(ctx, status, message);

  limiter ??= createRateLimiter(strapi, {
    name: 'form-submissions',
    perMinute: Number(process.env.FORM_SUBMISSIONS_PER_MINUTE ?? 10),
    burst: Number(process.env.FORM_SUBMISSIONS_BURST ?? 20),
  });
  const wait = await limiter.take(ctx.request.ip);
  if (wait > 0) {
    ctx.set('Retry-After', String(wait));
    return refuse(429, `Too many submissions. Try again in ${wait} seconds.`);
  }
  if (!slug.success) return refuse(404, 'There is no form at this address');
  const request = readSubmissionRequest(ctx, slug.data);
  if (!request.ok) return refuse(request.status, request.message);
  // "Save and come back later" on the form without JavaScript: saved, not checked or sent.
  const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
  if (!ctx.request.is('application/json') && body[SAVE_ACTION_FIELD] === SAVE_ACTION) {
    return saveFromForm(strapi, ctx, slug.data, request.submission.answers, request.submission.htmlForm ?? false);
  }

  // Anyone may send a form from anywhere, as a guest; only a post from the site's own
  // pages is the signed-in resident's, linked to the account and able to change it.
  const resident = fromAnotherOrigin(ctx) ? null : await signedInResident(strapi, ctx);
  const result = await submitForm(strapi, {
    slug: slug.data,
    ...request.submission,
    accountId: resident?.id ?? null,
  });
  // "Save these details to my account", ticked under the form (a form post) or sent by the island (JSON).
  const saveToAccount = body[SAVE_TO_ACCOUNT_FIELD] === 'yes' || body.saveToAccount === true;
  if (result.ok && result.answers && result.definition && resident && saveToAccount) {
    await saveDetailsFromAnswers(strapi, resident, result.definition, result.answers);
  }
  // Sent: the resident's saved copy of this form has done its work.
  if (result.ok && !result.replayed && resident) await deleteDraft(strapi, resident.id, slug.data);
  if (!result.ok) {
    if (wantsHtml) return sendFormWithErrors(strapi, ctx, slug.data, result);
    return fail(ctx, result.status, result.message, result.errors ? { errors: result.errors } : {});
  }
  const status = result.replayed ? 200 : 201;
  if (wantsHtml) await sendConfirmationPage(strapi, ctx, status, result.definition, result.receipt);
  else {
    ctx.status = status;
    ctx.body = { data: result.receipt };
  }
}

export default factories.createCoreController('api::form-submission.form-submission', ({ strapi }) => ({
  async submit(ctx: Context) {
    try {
      await handleSubmission(strapi, ctx);
    } finally {
      await removeUploads(ctx);
    }
  },
}));
