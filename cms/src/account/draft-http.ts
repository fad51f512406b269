import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { answersFromFormPost, formSlugSchema, type FormDefinition } from '@doorstep/domain';
import { publishedForm } from '../forms/published-forms';
import { formToken, fromAnotherOrigin } from './csrf';
import { guestEmailPage, guestSentPage, resumedFormPage, resumeNote, resumePage, savedPage } from './draft-pages';
import {
  answersToKeep,
  deleteDraft,
  deleteGuestDraft,
  findDraft,
  findGuestDraft,
  saveDraft,
  savedDraftOf,
} from './drafts';
import {
  bodyOf,
  field,
  jsonError,
  redirect,
  refusedCrossSite,
  sendPage,
  signedInResident,
  tooMany,
  wantsJson,
} from './http';
import { ACCOUNT_PATHS, messagePage } from './pages';
import { emailSchema } from './residents';
import { codeRequestWait, codeSchema, requestCode, verifyResumeCode, verifyWait } from './sign-in';

/**
 * Save and come back later (issue 15): the routes under /account/drafts and
 * /account/resume. A resident's saved form is addressed by its form's slug within
 * their own account, so no id of theirs is ever in a page; a guest's only by the id
 * and code the email carries. Anything not the asker's answers exactly as a missing one.
 */
const NOT_FOUND = 'There is no saved form here.';
const draftIdSchema = z.uuid();

const slugOf = (ctx: Context) => formSlugSchema.safeParse((ctx.params as Record<string, unknown>).slug);

async function liveForm(strapi: Core.Strapi, ctx: Context): Promise<FormDefinition | null> {
  const slug = slugOf(ctx);
  if (!slug.success) return null;
  return (await publishedForm(strapi, slug.data))?.definition ?? null;
}

async function notFound(strapi: Core.Strapi, ctx: Context): Promise<void> {
  if (wantsJson(ctx)) return jsonError(ctx, 404, NOT_FOUND);
  return sendPage(strapi, ctx, 404, messagePage('Page not found', NOT_FOUND, true));
}

/** The answers a request carries: JSON's `answers`, a page's `answers` field as JSON, or a form's own fields. */
function givenAnswers(ctx: Context, definition: FormDefinition): unknown {
  const body = bodyOf(ctx);
  if (typeof body.answers === 'object') return body.answers;
  if (typeof body.answers === 'string') {
    try {
      return JSON.parse(body.answers) as unknown;
    } catch {
      return {};
    }
  }
  return answersFromFormPost(definition, body);
}

export const draftHandlers = (strapi: Core.Strapi) => ({
  /** `GET /account/drafts/<slug>`: the signed-in resident's saved answers, for the form runner. */
  async draft(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return jsonError(ctx, 401, 'Sign in to see your saved forms');
    const slug = slugOf(ctx);
    const draft = slug.success ? await findDraft(strapi, { residentId: resident.id }, slug.data) : null;
    if (!draft) return jsonError(ctx, 404, NOT_FOUND);
    ctx.body = { data: savedDraftOf(draft) };
  },

  /** `POST /account/drafts/<slug>`: saves the signed-in resident's answers (the runner's autosave). */
  async saveDraft(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const resident = await signedInResident(strapi, ctx);
    if (!resident) {
      if (wantsJson(ctx)) return jsonError(ctx, 401, 'Sign in to save your answers');
      return redirect(ctx, ACCOUNT_PATHS.signIn);
    }
    const definition = await liveForm(strapi, ctx);
    if (!definition) return notFound(strapi, ctx);
    const saved = await saveDraft(strapi, { residentId: resident.id }, definition, givenAnswers(ctx, definition));
    if (!saved.ok) {
      if (wantsJson(ctx)) return jsonError(ctx, 413, saved.message);
      return sendPage(strapi, ctx, 413, messagePage('Your answers are too long', saved.message, true));
    }
    if (wantsJson(ctx)) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: savedDraftOf(saved.draft) };
      return;
    }
    return sendPage(strapi, ctx, 200, savedPage(saved.draft));
  },

  /** `POST /account/drafts/<slug>/delete`. */
  async deleteDraft(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const resident = await signedInResident(strapi, ctx);
    if (!resident) {
      if (wantsJson(ctx)) return jsonError(ctx, 401, 'Sign in to delete your saved forms');
      return redirect(ctx, ACCOUNT_PATHS.signIn);
    }
    const slug = slugOf(ctx);
    const deleted = slug.success ? await deleteDraft(strapi, resident.id, slug.data) : 0;
    if (deleted === 0) return notFound(strapi, ctx);
    if (wantsJson(ctx)) {
      ctx.body = { data: { deleted: true } };
      return;
    }
    return redirect(ctx, ACCOUNT_PATHS.home);
  },

  /**
   * `POST /account/drafts/<slug>/guest`: saves a guest's answers and emails a link and
   * code to them. No account is made; the same limits as sign-in codes.
   */
  async saveGuestDraft(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const definition = await liveForm(strapi, ctx);
    if (!definition) return notFound(strapi, ctx);
    const given = givenAnswers(ctx, definition);
    const kept = answersToKeep(definition, given);
    if (!kept) {
      const message = 'Your answers are too long to save. Shorten the longest answers and try again.';
      if (wantsJson(ctx)) return jsonError(ctx, 413, message);
      return sendPage(strapi, ctx, 413, messagePage('Your answers are too long', message, true));
    }
    const body = bodyOf(ctx);
    const email = emailSchema.safeParse(body.email);
    if (!email.success) {
      const message = email.error.issues[0]?.message ?? 'Enter your email address';
      if (wantsJson(ctx)) return jsonError(ctx, 422, message);
      const page = guestEmailPage(formToken(strapi, ctx), {
        definition,
        answers: kept.json,
        email: field(body, 'email'),
        error: message,
      });
      return sendPage(strapi, ctx, 422, page);
    }
    const wait = await codeRequestWait(strapi, email.data, ctx.request.ip);
    if (wait > 0) return tooMany(strapi, ctx, wait, 'You have asked for too many emails.');
    const saved = await saveDraft(strapi, { guestEmail: email.data }, definition, kept.answers);
    if (!saved.ok) return jsonError(ctx, 413, saved.message);
    await requestCode(strapi, email.data, 'resume', saved.draft.id);
    if (wantsJson(ctx)) {
      ctx.status = 202;
      ctx.body = { data: { sent: true, deleteAfter: new Date(saved.draft.expiresAt).toISOString() } };
      return;
    }
    return sendPage(strapi, ctx, 200, guestSentPage(email.data, saved.draft));
  },

  /** `GET /account/resume?draft=…&code=…`: the emailed link's page. A GET spends nothing. */
  async resumeForm(ctx: Context) {
    const draft = draftIdSchema.safeParse(ctx.query.draft);
    if (!draft.success) {
      return sendPage(
        strapi,
        ctx,
        400,
        messagePage('This link is not complete', 'Copy the whole link from the email.', true),
      );
    }
    const code = codeSchema.safeParse(ctx.query.code);
    const page = resumePage(formToken(strapi, ctx), { draft: draft.data, code: code.success ? code.data : undefined });
    return sendPage(strapi, ctx, 200, page);
  },

  /**
   * `POST /account/resume`: spends the code and hands the answers back, once, in the
   * form itself (drawn here, so it works with or without JavaScript). The guest's
   * saved copy is deleted as it is handed back: the link has done its work.
   */
  async resume(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const wait = await verifyWait(strapi, ctx.request.ip);
    if (wait > 0) return tooMany(strapi, ctx, wait, 'You have tried too many codes.');
    const body = bodyOf(ctx);
    const draftId = draftIdSchema.safeParse(body.draft);
    if (!draftId.success) return notFound(strapi, ctx);
    const code = codeSchema.safeParse(body.code);
    const result = code.success
      ? await verifyResumeCode(strapi, draftId.data, code.data)
      : { ok: false as const, message: code.error.issues[0]?.message ?? 'Enter the code from the email' };
    const draft = result.ok ? await findGuestDraft(strapi, draftId.data) : null;
    const form = draft ? await publishedForm(strapi, draft.formSlug) : null;
    if (!result.ok || !draft || !form) {
      const message = result.ok ? 'This saved form has been deleted, or the form has closed.' : result.message;
      if (wantsJson(ctx)) return jsonError(ctx, 422, message);
      return sendPage(strapi, ctx, 422, resumePage(formToken(strapi, ctx), { draft: draftId.data, error: message }));
    }
    await deleteGuestDraft(strapi, draft.id);
    if (wantsJson(ctx)) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: savedDraftOf(draft) };
      return;
    }
    return sendPage(strapi, ctx, 200, resumedFormPage(form.definition, draft.answers, resumeNote.guest));
  },
});

/**
 * "Save and come back later" pressed on the form without JavaScript, which posts to
 * the submission endpoint: nothing is checked or sent. Signed in, the answers go to
 * the account; otherwise a page asks for an email address, carrying the answers.
 */
export async function saveFromForm(
  strapi: Core.Strapi,
  ctx: Context,
  slug: string,
  answers: unknown,
  htmlForm: boolean,
): Promise<void> {
  const form = await publishedForm(strapi, slug);
  if (!form)
    return sendPage(strapi, ctx, 404, messagePage('Page not found', 'There is no form at this address.', true));
  const { definition } = form;
  const given = htmlForm ? answersFromFormPost(definition, bodyOf(ctx)) : answers;
  // The session cookie is SameSite=Lax, so another site's post comes signed out anyway; this says so outright.
  const resident = fromAnotherOrigin(ctx) ? null : await signedInResident(strapi, ctx);
  if (resident) {
    const saved = await saveDraft(strapi, { residentId: resident.id }, definition, given);
    if (!saved.ok) return sendPage(strapi, ctx, 413, messagePage('Your answers are too long', saved.message, true));
    return sendPage(strapi, ctx, 200, savedPage(saved.draft));
  }
  const kept = answersToKeep(definition, given);
  if (!kept) {
    const message = 'Your answers are too long to save. Shorten the longest answers and try again.';
    return sendPage(strapi, ctx, 413, messagePage('Your answers are too long', message, true));
  }
  return sendPage(strapi, ctx, 200, guestEmailPage(formToken(strapi, ctx), { definition, answers: kept.json }));
}
