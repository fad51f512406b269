import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { formToken } from '../account/csrf';
import { bodyOf, field, redirect, refusedCrossSite, sendPage, signedInResident, tooMany } from '../account/http';
import { ACCOUNT_PATHS, type FieldError } from '../account/pages';
import { emailSchema } from '../account/residents';
import { createRateLimiter, type RateLimiter } from '../forms/rate-limit';
import {
  alertMessagePage,
  checkEmailPage,
  confirmedPage,
  confirmPage,
  requestInAccountPage,
  requestUpdatesPage,
  streetNotFoundPage,
  subscribedPage,
  subscribePage,
  unsubscribedPage,
  unsubscribePage,
} from './pages';
import { FREQUENCIES } from './paths';
import { isRequestFollow, requestFollowKey, requestFollowLabel, requestOfferSchema, tokenFits } from './requests';
import { findStreet, streetFieldSchema, streetFollowKey, streetLabel } from './streets';
import {
  changeFrequency,
  confirm,
  stopSubscription,
  subscribe,
  subscriptionForToken,
  unsubscribeWithToken,
} from './subscriptions';

/**
 * Subscribing, confirming and stopping (routes in cms/src/api/alerts). Limits shared
 * across instances like the sign-in codes' (forms/rate-limit.ts): per client 10 at
 * once then 2 a minute, per address 3 an hour, so no one can flood an inbox with
 * confirmation emails.
 */
export const SUBSCRIBE_LIMITS = {
  perClient: { name: 'alerts-subscribe-client', perMinute: 2, burst: 10 },
  perAddress: { name: 'alerts-subscribe-address', perMinute: 3 / 60, burst: 3 },
};
const limitsOn = () => process.env.AUTH_RATE_LIMIT !== 'false';

const frequencySchema = z.enum(FREQUENCIES, { error: 'Choose how often you want emails' });
/** Tokens are 32 random bytes in base64url (account/secrets.ts). */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

const notFound = alertMessagePage(
  'This link does not work',
  'The link is not complete, has been used or has expired. Copy the whole link from the email, or ask for alerts again from your street’s page.',
);

const offerNotFound = alertMessagePage(
  'This link does not work',
  'The link is not complete, or the request it names is not kept any more. Open it again from the page you saw after sending your form.',
);

const requestOf = z.object({
  reference: z.string(),
  formTitle: z.string(),
  residentEmail: z.string().nullish(),
  accountId: z.string().nullish(),
});

export const alertHandlers = (strapi: Core.Strapi) => {
  let limiters: { client: RateLimiter; address: RateLimiter } | undefined;
  const limits = () =>
    (limiters ??= {
      client: createRateLimiter(strapi, SUBSCRIBE_LIMITS.perClient),
      address: createRateLimiter(strapi, SUBSCRIBE_LIMITS.perAddress),
    });

  /** The request a confirmation page's link names, when its token is the receipt's own. */
  async function offeredRequest(given: Record<string, unknown>) {
    const offer = requestOfferSchema.safeParse({ reference: given.reference, token: given.token });
    if (!offer.success || !tokenFits(strapi, offer.data.reference, offer.data.token)) return null;
    const found = requestOf.safeParse(
      await strapi.db.query('api::form-submission.form-submission').findOne({
        where: { reference: offer.data.reference },
        select: ['reference', 'formTitle', 'residentEmail', 'accountId'],
      }),
    );
    if (!found.success || !found.data.residentEmail) return null;
    return { ...found.data, residentEmail: found.data.residentEmail, token: offer.data.token };
  }

  return {
    /** The confirmation page's offer to a guest: `?reference=…&token=…`; a GET changes nothing. */
    async requestForm(ctx: Context) {
      const request = await offeredRequest(ctx.query);
      if (!request) return sendPage(strapi, ctx, 404, offerNotFound);
      if (request.accountId) return sendPage(strapi, ctx, 200, requestInAccountPage());
      return sendPage(
        strapi,
        ctx,
        200,
        requestUpdatesPage(formToken(strapi, ctx), {
          reference: request.reference,
          updatesToken: request.token,
          formTitle: request.formTitle,
          email: request.residentEmail,
        }),
      );
    },

    /** Asks for the confirmation email, to the address the form was sent with and no other. */
    async request(ctx: Context) {
      if (await refusedCrossSite(strapi, ctx)) return;
      const request = await offeredRequest(bodyOf(ctx));
      if (!request) return sendPage(strapi, ctx, 404, offerNotFound);
      if (request.accountId) return sendPage(strapi, ctx, 200, requestInAccountPage());
      if (limitsOn()) {
        const waits = await Promise.all([
          limits().client.take(ctx.request.ip),
          limits().address.take(request.residentEmail.toLowerCase()),
        ]);
        const wait = Math.max(...waits);
        if (wait > 0) return tooMany(strapi, ctx, wait, 'You have asked for too many alerts.');
      }
      const label = requestFollowLabel(request.reference, request.formTitle);
      await subscribe(strapi, {
        email: request.residentEmail,
        residentId: null,
        followKey: requestFollowKey(request.reference),
        followLabel: label,
        frequency: 'immediate',
      });
      return sendPage(strapi, ctx, 200, checkEmailPage(request.residentEmail, label));
    },

    /** The form, for the street the verge page names: `?street=<USRN>`. */
    async subscribeForm(ctx: Context) {
      const usrn = streetFieldSchema.safeParse(ctx.query.street);
      if (!usrn.success) return sendPage(strapi, ctx, 400, streetNotFoundPage(usrn.error.issues[0]!.message));
      const street = await findStreet(strapi, usrn.data);
      if (!street) return sendPage(strapi, ctx, 404, streetNotFoundPage(`There is no street with USRN ${usrn.data}`));
      const resident = await signedInResident(strapi, ctx);
      return sendPage(
        strapi,
        ctx,
        200,
        subscribePage(formToken(strapi, ctx), {
          usrn: street.usrn,
          label: streetLabel(street),
          signedInAs: resident?.email ?? null,
        }),
      );
    },

    async subscribe(ctx: Context) {
      if (await refusedCrossSite(strapi, ctx)) return;
      const body = bodyOf(ctx);
      const usrn = streetFieldSchema.safeParse(body.street);
      if (!usrn.success) return sendPage(strapi, ctx, 422, streetNotFoundPage(usrn.error.issues[0]!.message));
      const street = await findStreet(strapi, usrn.data);
      if (!street) return sendPage(strapi, ctx, 422, streetNotFoundPage(`There is no street with USRN ${usrn.data}`));
      const label = streetLabel(street);
      const resident = await signedInResident(strapi, ctx);
      const email = resident ? { success: true as const, data: resident.email } : emailSchema.safeParse(body.email);
      const frequency = frequencySchema.safeParse(body.frequency);
      const errors: FieldError[] = [];
      if (!email.success) errors.push({ field: 'email', message: email.error.issues[0]!.message });
      if (!frequency.success) errors.push({ field: 'frequency', message: frequency.error.issues[0]!.message });
      if (!email.success || !frequency.success) {
        return sendPage(
          strapi,
          ctx,
          422,
          subscribePage(formToken(strapi, ctx), {
            usrn: street.usrn,
            label,
            signedInAs: resident?.email ?? null,
            email: field(body, 'email'),
            errors,
          }),
        );
      }
      if (limitsOn()) {
        const waits = await Promise.all([
          limits().client.take(ctx.request.ip),
          limits().address.take(email.data.toLowerCase()),
        ]);
        const wait = Math.max(...waits);
        if (wait > 0) return tooMany(strapi, ctx, wait, 'You have asked for too many alerts.');
      }
      await subscribe(strapi, {
        email: email.data,
        residentId: resident?.id ?? null,
        followKey: streetFollowKey(street.usrn),
        followLabel: label,
        frequency: frequency.data,
      });
      if (resident) return sendPage(strapi, ctx, 200, subscribedPage(label, frequency.data));
      return sendPage(strapi, ctx, 200, checkEmailPage(email.data, label));
    },

    /** The emailed link: a page whose Confirm button posts (scanners open links). */
    async confirmForm(ctx: Context) {
      const token = tokenSchema.safeParse(ctx.query.token);
      if (!token.success) return sendPage(strapi, ctx, 400, notFound);
      return sendPage(strapi, ctx, 200, confirmPage(formToken(strapi, ctx), token.data));
    },

    async confirm(ctx: Context) {
      if (await refusedCrossSite(strapi, ctx)) return;
      const token = tokenSchema.safeParse(bodyOf(ctx).token);
      const confirmed = token.success ? await confirm(strapi, token.data) : null;
      if (!confirmed) return sendPage(strapi, ctx, 400, notFound);
      return sendPage(
        strapi,
        ctx,
        200,
        confirmedPage(confirmed.follow_label, isRequestFollow(confirmed.follow_key) ? 'request' : 'street'),
      );
    },

    /** RFC 8058's landing page: shows what the button would stop; a GET stops nothing. */
    async unsubscribeForm(ctx: Context) {
      const token = tokenSchema.safeParse((ctx.params as Record<string, unknown>).token);
      const found = token.success ? await subscriptionForToken(strapi, token.data) : null;
      if (!token.success || !found) return sendPage(strapi, ctx, 404, notFound);
      if (!found.current) return sendPage(strapi, ctx, 200, unsubscribedPage(null));
      return sendPage(strapi, ctx, 200, unsubscribePage(token.data, found.current.follow_label));
    },

    /**
     * RFC 8058's one-click POST (`List-Unsubscribe=One-Click`), from a mail client or
     * the landing page's button: no session, no form token. The token is the
     * credential, bound to one subscription; it stops that one and nothing else.
     */
    async unsubscribe(ctx: Context) {
      const token = tokenSchema.safeParse((ctx.params as Record<string, unknown>).token);
      const stopped = token.success ? await unsubscribeWithToken(strapi, token.data) : false;
      if (stopped === false) return sendPage(strapi, ctx, 404, notFound);
      return sendPage(strapi, ctx, 200, unsubscribedPage(stopped?.follow_label ?? null));
    },

    async change(ctx: Context) {
      if (await refusedCrossSite(strapi, ctx)) return;
      const resident = await signedInResident(strapi, ctx);
      if (!resident) return redirect(ctx, ACCOUNT_PATHS.signIn);
      const body = bodyOf(ctx);
      const id = idSchema.safeParse(body.id);
      const frequency = frequencySchema.safeParse(body.frequency);
      if (!id.success || !frequency.success) {
        return sendPage(strapi, ctx, 422, alertMessagePage('There is a problem', 'Choose an alert and how often.'));
      }
      await changeFrequency(strapi, resident.id, id.data, frequency.data);
      return redirect(ctx, `${ACCOUNT_PATHS.home}#alerts`);
    },

    async stop(ctx: Context) {
      if (await refusedCrossSite(strapi, ctx)) return;
      const resident = await signedInResident(strapi, ctx);
      if (!resident) return redirect(ctx, ACCOUNT_PATHS.signIn);
      const id = idSchema.safeParse(bodyOf(ctx).id);
      if (!id.success)
        return sendPage(strapi, ctx, 422, alertMessagePage('There is a problem', 'Choose an alert to stop.'));
      await stopSubscription(strapi, resident.id, id.data);
      return redirect(ctx, `${ACCOUNT_PATHS.home}#alerts`);
    },
  };
};
