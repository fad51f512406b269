import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { keyedHash, sameHash } from '../account/secrets';
import { ALERT_PATHS } from './paths';
import { ALERT_TABLES } from './store';

/**
 * Status emails for a guest's own request (issue 16, item 2). An account holder gets
 * them at once (issue 15); a guest is offered them on the confirmation page and
 * confirms by email first, so a mistyped address never receives a caseworker's
 * message. The offer's link carries a token only the receipt holds, an HMAC of the
 * reference under the account key: knowing a reference is not enough to ask.
 */
export const requestFollowKey = (reference: string) => `request:${reference}`;

const TOKEN_PURPOSE = 'request-updates';
export const requestUpdatesToken = (strapi: Core.Strapi, reference: string): string =>
  keyedHash(strapi, TOKEN_PURPOSE, reference);

/** The receipt's offer: the page that asks for the emails, for this reference only. */
export const requestUpdatesLink = (strapi: Core.Strapi, reference: string): string =>
  `${ALERT_PATHS.request}?${new URLSearchParams({ reference, token: requestUpdatesToken(strapi, reference) }).toString()}`;

/** What the page and its form post: a reference as the CMS makes them, and the receipt's token. */
export const requestOfferSchema = z.object({
  reference: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){2}$/, 'This link is not complete'),
  token: z.string().regex(/^[0-9a-f]{64}$/, 'This link is not complete'),
});

export const tokenFits = (strapi: Core.Strapi, reference: string, token: string): boolean =>
  sameHash(token, requestUpdatesToken(strapi, reference));

/** The confirmed addresses following a guest's request. */
export async function requestFollowers(db: Knex | Knex.Transaction, reference: string): Promise<string[]> {
  const emails: unknown[] = await db(ALERT_TABLES.subscriptions)
    .where({ follow_key: requestFollowKey(reference) })
    .whereNotNull('confirmed_at')
    .pluck('email');
  return z.array(z.string()).parse(emails);
}

/** When a request is deleted (its retention ended), nobody follows it any more. */
export async function forgetRequestFollowers(strapi: Core.Strapi, references: readonly string[]): Promise<number> {
  if (references.length === 0) return 0;
  return strapi.db
    .connection(ALERT_TABLES.subscriptions)
    .whereIn(
      'follow_key',
      references.map((reference) => requestFollowKey(reference)),
    )
    .delete();
}

export const requestFollowLabel = (reference: string, formTitle: string) =>
  `your request ${reference} (${formTitle})`.slice(0, 250);
export const isRequestFollow = (followKey: string) => followKey.startsWith('request:');
