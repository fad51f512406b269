import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { pageSecurityPolicy, renderPage } from '../forms/html-page';
import { crossSiteProblem, formToken } from './csrf';
import { formSlugSchema, normalisePostcode } from '@doorstep/domain';
import { publishedForm } from '../forms/published-forms';
import { prefilledFormPage } from './prefill';
import { homePanel, homePanelHtml } from './home-panel';
import { findDraft, myDrafts } from './drafts';
import { exportData } from './data';
import { residentSubscriptions } from '../alerts/subscriptions';
import { oidcConfig } from './oidc/config';
import {
  ACCOUNT_PATHS,
  accountHomePage,
  checkEmailPage,
  continuePage,
  dataPage,
  deletePage,
  detailsPage,
  type FieldError,
  messagePage,
  requestPage,
  signInPage,
  type Page,
} from './pages';
import { attachGuestRequests, guestRequests, myRequest, myRequests } from './requests';
import {
  deleteResident,
  detailsSchema,
  emailSchema,
  findResident,
  residentForEmail,
  saveDetails,
  type Resident,
} from './residents';
import { currentSession, endEverySession, endSession, startSession } from './sessions';
import { codeRequestWait, codeSchema, requestCode, verifyCode, verifyWait } from './sign-in';

/**
 * The account's routes (cms/src/api/account/routes): HTML pages for every step, so
 * everything works without JavaScript, and JSON for the account island where it asks.
 */
export async function sendPage(strapi: Core.Strapi, ctx: Context, status: number, page: Page): Promise<void> {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Content-Security-Policy', pageSecurityPolicy());
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex');
  ctx.body = await renderPage(strapi, page);
}

export function redirect(ctx: Context, location: string): void {
  ctx.status = 303;
  ctx.set('Location', location);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = '';
}

export const wantsJson = (ctx: Context) =>
  ctx.request.is('application/json') === 'application/json' || ctx.accepts(['html', 'json']) === 'json';

/** Where a resident goes after signing in: a page of this site's account or forms, nothing else. */
export const nextSchema = z
  .string()
  .regex(/^\/(account|forms)\/[a-z0-9\-/]*$/)
  .catch(ACCOUNT_PATHS.home);

export const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
};
export const field = (body: Record<string, unknown>, name: string): string =>
  typeof body[name] === 'string' ? body[name] : '';

export async function signedInResident(strapi: Core.Strapi, ctx: Context): Promise<Resident | null> {
  const session = await currentSession(strapi, ctx);
  return session ? findResident(strapi.db.connection, session.residentId) : null;
}

/** Refuses a state-changing request from another site; true when it was refused. */
export async function refusedCrossSite(strapi: Core.Strapi, ctx: Context): Promise<boolean> {
  const problem = crossSiteProblem(strapi, ctx, bodyOf(ctx));
  if (!problem) return false;
  if (wantsJson(ctx)) {
    ctx.status = 403;
    ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: problem, details: {} } };
  } else await sendPage(strapi, ctx, 403, messagePage('There is a problem', problem, true));
  return true;
}

export async function tooMany(strapi: Core.Strapi, ctx: Context, wait: number, what: string): Promise<void> {
  ctx.set('Retry-After', String(wait));
  const minutes = Math.ceil(wait / 60);
  const message = `${what} Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and try again.`;
  if (wantsJson(ctx)) {
    ctx.status = 429;
    ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message, details: {} } };
  } else await sendPage(strapi, ctx, 429, messagePage('Too many attempts', message, true));
}

export const accountHandlers = (strapi: Core.Strapi) => ({
  /** `/account/`: the account when signed in, otherwise the sign-in page. */
  async home(ctx: Context) {
    const resident = await signedInResident(strapi, ctx);
    if (!resident)
      return sendPage(strapi, ctx, 200, signInPage(formToken(strapi, ctx), { oidcName: oidcConfig()?.name }));
    const [requests, guestReferences, drafts, panel, alerts] = await Promise.all([
      myRequests(strapi, resident),
      guestRequests(strapi, resident),
      myDrafts(strapi, resident.id),
      homePanel(strapi, resident, { withTasks: true }),
      residentSubscriptions(strapi, resident.id),
    ]);
    const attached = z.coerce.number().int().min(0).optional().catch(undefined).parse(ctx.query.attached);
    return sendPage(
      strapi,
      ctx,
      200,
      accountHomePage(formToken(strapi, ctx), {
        resident,
        requests,
        guestReferences,
        attached,
        drafts,
        panel: homePanelHtml(panel),
        alerts,
      }),
    );
  },

  async signInForm(ctx: Context) {
    const next = nextSchema.parse(ctx.query.next);
    return sendPage(
      strapi,
      ctx,
      200,
      signInPage(formToken(strapi, ctx), {
        oidcName: oidcConfig()?.name,
        next: next === ACCOUNT_PATHS.home ? '' : next,
      }),
    );
  },

  /** Emails a code. The same answer whether or not the address has an account. */
  async signIn(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const body = bodyOf(ctx);
    const next = nextSchema.parse(body.next);
    const email = emailSchema.safeParse(body.email);
    if (!email.success) {
      const message = email.error.issues[0]?.message ?? 'Enter your email address';
      if (wantsJson(ctx)) return jsonError(ctx, 422, message);
      return sendPage(
        strapi,
        ctx,
        422,
        signInPage(formToken(strapi, ctx), {
          oidcName: oidcConfig()?.name,
          email: field(body, 'email'),
          error: message,
          next,
        }),
      );
    }
    const wait = await codeRequestWait(strapi, email.data, ctx.request.ip);
    if (wait > 0) return tooMany(strapi, ctx, wait, 'You have asked for too many codes.');
    await requestCode(strapi, email.data, 'sign-in');
    if (wantsJson(ctx)) {
      ctx.status = 202;
      ctx.body = { data: { sent: true } };
      return;
    }
    return sendPage(strapi, ctx, 200, checkEmailPage(formToken(strapi, ctx), { email: email.data, next }));
  },

  /** The emailed link: a page whose Continue button posts the code (a GET spends nothing). */
  async continueForm(ctx: Context) {
    const email = emailSchema.safeParse(ctx.query.email);
    const code = codeSchema.safeParse(ctx.query.code);
    if (!email.success || !code.success) {
      return sendPage(
        strapi,
        ctx,
        400,
        messagePage('This link is not complete', 'Copy the whole link from the email, or sign in with the code.', true),
      );
    }
    return sendPage(strapi, ctx, 200, continuePage(formToken(strapi, ctx), { email: email.data, code: code.data }));
  },

  async verify(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const wait = await verifyWait(strapi, ctx.request.ip);
    if (wait > 0) return tooMany(strapi, ctx, wait, 'You have tried too many codes.');
    const body = bodyOf(ctx);
    const next = nextSchema.parse(body.next);
    const email = emailSchema.safeParse(body.email);
    if (!email.success) {
      if (wantsJson(ctx)) return jsonError(ctx, 422, 'Enter your email address');
      return redirect(ctx, ACCOUNT_PATHS.signIn);
    }
    const code = codeSchema.safeParse(body.code);
    const result = code.success
      ? await verifyCode(strapi, email.data, code.data, ['sign-in'])
      : { ok: false as const, message: code.error.issues[0]?.message ?? 'Enter the code from the email' };
    if (!result.ok) {
      if (wantsJson(ctx)) return jsonError(ctx, 422, result.message);
      return sendPage(
        strapi,
        ctx,
        422,
        checkEmailPage(formToken(strapi, ctx), { email: email.data, error: result.message, next }),
      );
    }
    const resident = await residentForEmail(strapi.db.connection, result.email);
    await startSession(strapi, ctx, resident.id);
    if (wantsJson(ctx)) {
      ctx.status = 200;
      ctx.body = { data: { signedIn: true } };
      return;
    }
    return redirect(ctx, next);
  },

  async signOut(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    await endSession(strapi, ctx);
    return sendPage(
      strapi,
      ctx,
      200,
      messagePage('You have signed out', 'You have signed out of your account on this device.'),
    );
  },

  async signOutEverywhere(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const resident = await signedInResident(strapi, ctx);
    if (resident) await endEverySession(strapi, ctx, resident.id);
    else await endSession(strapi, ctx);
    return sendPage(
      strapi,
      ctx,
      200,
      messagePage('You have signed out everywhere', 'You have signed out of your account on every device.'),
    );
  },

  async attach(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return redirect(ctx, ACCOUNT_PATHS.signIn);
    const attached = await attachGuestRequests(strapi, resident);
    if (wantsJson(ctx)) {
      ctx.body = { data: { attached } };
      return;
    }
    return redirect(ctx, `${ACCOUNT_PATHS.home}?attached=${attached}`);
  },

  async request(ctx: Context) {
    const resident = await signedInResident(strapi, ctx);
    const reference = z
      .string()
      .max(40)
      .safeParse((ctx.params as Record<string, unknown>).reference);
    if (!resident) {
      if (wantsJson(ctx)) return jsonError(ctx, 401, 'Sign in to see your requests');
      return redirect(ctx, `${ACCOUNT_PATHS.signIn}?next=${encodeURIComponent(ACCOUNT_PATHS.home)}`);
    }
    const detail = reference.success ? await myRequest(strapi, resident, reference.data) : null;
    if (!detail) {
      if (wantsJson(ctx)) return jsonError(ctx, 404, 'There is no request with that reference in your account');
      return sendPage(
        strapi,
        ctx,
        404,
        messagePage('Request not found', 'There is no request with that reference in your account.', true),
      );
    }
    if (wantsJson(ctx)) {
      ctx.body = { data: detail };
      return;
    }
    return sendPage(strapi, ctx, 200, requestPage(detail));
  },

  async details(ctx: Context) {
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return redirect(ctx, `${ACCOUNT_PATHS.signIn}?next=${encodeURIComponent(ACCOUNT_PATHS.details)}`);
    const saved = ctx.query.saved === '1';
    return sendPage(strapi, ctx, 200, detailsPage(formToken(strapi, ctx), resident, { saved }));
  },

  async saveDetails(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return redirect(ctx, ACCOUNT_PATHS.signIn);
    const body = bodyOf(ctx);
    const values = Object.fromEntries(
      ['name', 'phone', 'line1', 'line2', 'town', 'postcode'].map((name) => [name, field(body, name)]),
    );
    const parsed = detailsSchema.safeParse({
      name: values.name,
      phone: values.phone,
      address: { line1: values.line1, line2: values.line2, town: values.town, postcode: values.postcode },
    });
    const errors: FieldError[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          field: String(issue.path[issue.path.length - 1] ?? 'name'),
          message: issue.message,
        }));
    const postcode = values.postcode?.trim() ? normalisePostcode(values.postcode) : '';
    if (postcode === null) errors.push({ field: 'postcode', message: 'Enter a full UK postcode, like BW1 1AA' });
    if (!parsed.success || errors.length > 0) {
      if (wantsJson(ctx)) return jsonError(ctx, 422, errors[0]?.message ?? 'Check your details');
      return sendPage(strapi, ctx, 422, detailsPage(formToken(strapi, ctx), resident, { values, errors }));
    }
    await saveDetails(strapi.db.connection, resident.id, {
      ...parsed.data,
      address: { ...parsed.data.address, postcode: postcode ?? '' },
    });
    if (wantsJson(ctx)) {
      ctx.body = { data: { saved: true } };
      return;
    }
    return redirect(ctx, `${ACCOUNT_PATHS.details}?saved=1`);
  },

  /** A form with the account's details filled in, for residents without JavaScript. */
  async prefilledForm(ctx: Context) {
    const slug = formSlugSchema.safeParse((ctx.params as Record<string, unknown>).slug);
    if (!slug.success)
      return sendPage(strapi, ctx, 404, messagePage('Page not found', 'There is no form at this address.', true));
    const resident = await signedInResident(strapi, ctx);
    if (!resident)
      return redirect(ctx, `${ACCOUNT_PATHS.signIn}?next=${encodeURIComponent(ACCOUNT_PATHS.form(slug.data))}`);
    const form = await publishedForm(strapi, slug.data);
    if (!form)
      return sendPage(strapi, ctx, 404, messagePage('Page not found', 'There is no form at this address.', true));
    const draft = await findDraft(strapi, { residentId: resident.id }, slug.data);
    return sendPage(strapi, ctx, 200, prefilledFormPage(form.definition, resident, draft));
  },

  async data(ctx: Context) {
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return redirect(ctx, `${ACCOUNT_PATHS.signIn}?next=${encodeURIComponent(ACCOUNT_PATHS.data)}`);
    return sendPage(strapi, ctx, 200, dataPage(formToken(strapi, ctx), await exportData(strapi, resident)));
  },

  async dataJson(ctx: Context) {
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return jsonError(ctx, 401, 'Sign in to download your data');
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', 'attachment; filename="your-account.json"');
    ctx.body = { data: await exportData(strapi, resident) };
  },

  async deleteForm(ctx: Context) {
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return redirect(ctx, `${ACCOUNT_PATHS.signIn}?next=${encodeURIComponent(ACCOUNT_PATHS.data)}`);
    return sendPage(strapi, ctx, 200, deletePage(formToken(strapi, ctx), resident.email));
  },

  async deleteAccount(ctx: Context) {
    if (await refusedCrossSite(strapi, ctx)) return;
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return redirect(ctx, ACCOUNT_PATHS.signIn);
    await deleteResident(strapi, resident);
    await endSession(strapi, ctx);
    return sendPage(
      strapi,
      ctx,
      200,
      messagePage(
        'Your account is deleted',
        'Your details, saved forms, email alerts and sessions are deleted. Requests you sent are kept, no longer linked to an account, until the end of the time each form says.',
      ),
    );
  },

  /** For the account island: who is signed in and their requests; 401 when no one is. */
  async me(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const resident = await signedInResident(strapi, ctx);
    if (!resident) return jsonError(ctx, 401, 'Not signed in');
    const requests = await myRequests(strapi, resident);
    ctx.body = {
      data: {
        email: resident.email,
        name: resident.name,
        phone: resident.phone,
        address: resident.address,
        requests,
      },
    };
  },
});

export function jsonError(ctx: Context, status: number, message: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = {
    data: null,
    error: { status, name: status === 401 ? 'UnauthorizedError' : 'ValidationError', message, details: {} },
  };
}
