import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { DRAFT_MAX_DAYS, emailHtml, longDateOf } from '@doorstep/domain';
import { defineJob, sendJob } from '../jobs';
import { councilName } from '../forms/html-page';
import { createRateLimiter, type RateLimiter } from '../forms/rate-limit';
import { CODE_DIGITS, keyedHash, newCode, sameHash } from './secrets';
import { TABLES } from './store';

/**
 * Signing in without a password (ADR 0014): an emailed six-digit code, single use,
 * good for 15 minutes and CODE_ATTEMPTS tries, kept only as a keyed hash. The code is
 * made by the job that emails it, so it never waits anywhere in the clear; a retried
 * send makes a new one, and only the newest works.
 */
export const CODE_LIFETIME_MS = 15 * 60_000;
export const CODE_ATTEMPTS = 5;
/**
 * A code to go back to a saved form must outlive a sign-in code: it is for coming back
 * later. It still works once, for CODE_ATTEMPTS tries, and only with the form's id.
 */
export const RESUME_LIFETIME_MS = DRAFT_MAX_DAYS * 24 * 60 * 60_000;
export const codeLifetime = (purpose: CodePurpose): number =>
  purpose === 'resume' ? RESUME_LIFETIME_MS : CODE_LIFETIME_MS;

/**
 * Limits, counted in the database on PostgreSQL so every instance counts together:
 * codes per address (3 an hour) and per client (20 in 10 minutes); verifications per
 * client (30 in 5 minutes). With CODE_ATTEMPTS tries per code, one address can be
 * guessed at most 3 × 24 × 5 = 360 times a day out of a million codes.
 */
export const SIGN_IN_CODE_LIMITS = {
  codesPerAddress: { name: 'account-codes-address', perMinute: 3 / 60, burst: 3 },
  codesPerClient: { name: 'account-codes-client', perMinute: 2, burst: 20 },
  verifyPerClient: { name: 'account-verify-client', perMinute: 6, burst: 30 },
};

export type CodePurpose = 'sign-in' | 'resume';

let limiters: Record<keyof typeof SIGN_IN_CODE_LIMITS, RateLimiter> | undefined;
const limitsOn = () => process.env.AUTH_RATE_LIMIT !== 'false';

function limiter(strapi: Core.Strapi, name: keyof typeof SIGN_IN_CODE_LIMITS): RateLimiter {
  limiters ??= {
    codesPerAddress: createRateLimiter(strapi, SIGN_IN_CODE_LIMITS.codesPerAddress),
    codesPerClient: createRateLimiter(strapi, SIGN_IN_CODE_LIMITS.codesPerClient),
    verifyPerClient: createRateLimiter(strapi, SIGN_IN_CODE_LIMITS.verifyPerClient),
  };
  return limiters[name];
}

/** Seconds to wait before another code may be sent to this address from this client, or 0. */
export async function codeRequestWait(strapi: Core.Strapi, email: string, client: string): Promise<number> {
  if (!limitsOn()) return 0;
  const waits = await Promise.all([
    limiter(strapi, 'codesPerClient').take(client),
    limiter(strapi, 'codesPerAddress').take(email),
  ]);
  return Math.max(...waits);
}

export async function verifyWait(strapi: Core.Strapi, client: string): Promise<number> {
  return limitsOn() ? limiter(strapi, 'verifyPerClient').take(client) : 0;
}

/**
 * Queues a code for the address, in one transaction with its row: the same answer
 * and the same work whether or not the address has an account.
 */
export async function requestCode(
  strapi: Core.Strapi,
  email: string,
  purpose: CodePurpose,
  draftId: string | null = null,
): Promise<void> {
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const inserted: unknown[] = await trx(TABLES.codes)
      .insert({ email, purpose, draft_id: draftId, attempts: 0, created_at: Date.now() })
      .returning('id');
    // PostgreSQL returns rows ({ id }), SQLite the ids themselves.
    const id = z.union([z.object({ id: z.coerce.number() }).transform((row) => row.id), z.coerce.number()]);
    await sendJob(accountEmailJob, { codeId: id.parse(inserted[0]) });
  });
}

const codeRow = z.object({
  id: z.coerce.number(),
  email: z.string(),
  purpose: z.enum(['sign-in', 'resume']),
  draft_id: z.string().nullish(),
  code_hash: z.string().nullish(),
  attempts: z.coerce.number(),
  created_at: z.coerce.number(),
  expires_at: z.coerce.number().nullish(),
  used_at: z.coerce.number().nullish(),
  sent_at: z.coerce.number().nullish(),
});

export const codeSchema = z
  .string({ error: 'Enter the code from the email' })
  .transform((code) => code.replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'Enter the code from the email')
      .regex(new RegExp(`^[0-9]{${CODE_DIGITS}}$`), `The code is ${CODE_DIGITS} numbers, like 123456`),
  );

export type Verification =
  { ok: true; email: string; purpose: CodePurpose; draftId: string | null } | { ok: false; message: string };

const WRONG = 'The code is not right, or it has expired. Check the email, or ask for a new code.';

/**
 * Spends a code. The newest code for the address (and purpose) is the only one that
 * counts; a wrong guess uses one of its attempts, the last one ends it. A right code
 * works once: the row is marked used in the same statement that checks it is not.
 */
export async function verifyCode(
  strapi: Core.Strapi,
  email: string,
  code: string,
  purposes: readonly CodePurpose[],
  now = Date.now(),
): Promise<Verification> {
  const knex = strapi.db.connection;
  const found: unknown = await knex(TABLES.codes)
    .where({ email })
    .whereIn('purpose', [...purposes])
    .whereNotNull('code_hash')
    .orderBy('id', 'desc')
    .first();
  if (!found) return { ok: false, message: WRONG };
  return spendCode(strapi, codeRow.parse(found), code, now);
}

/** Spends the code for a guest's saved form: the newest made for it is the only one that counts. */
export async function verifyResumeCode(
  strapi: Core.Strapi,
  draftId: string,
  code: string,
  now = Date.now(),
): Promise<Verification> {
  const found: unknown = await strapi.db
    .connection(TABLES.codes)
    .where({ draft_id: draftId, purpose: 'resume' })
    .whereNotNull('code_hash')
    .orderBy('id', 'desc')
    .first();
  if (!found) return { ok: false, message: WRONG };
  return spendCode(strapi, codeRow.parse(found), code, now);
}

async function spendCode(
  strapi: Core.Strapi,
  row: z.infer<typeof codeRow>,
  code: string,
  now: number,
): Promise<Verification> {
  const knex = strapi.db.connection;
  if (row.used_at || !row.expires_at || row.expires_at <= now || row.attempts >= CODE_ATTEMPTS) {
    return { ok: false, message: WRONG };
  }
  // A try is claimed before the code is compared, in one statement: guesses sent at
  // once cannot all see the same count and get more than CODE_ATTEMPTS between them.
  const claimed = await knex(TABLES.codes)
    .where({ id: row.id })
    .andWhere('attempts', '<', CODE_ATTEMPTS)
    .whereNull('used_at')
    .increment('attempts', 1);
  if (claimed !== 1) return { ok: false, message: WRONG };
  if (!sameHash(keyedHash(strapi, `code:${row.id}`, code), row.code_hash ?? '')) {
    return { ok: false, message: WRONG };
  }
  const spent = await knex(TABLES.codes)
    .where({ id: row.id, code_hash: row.code_hash ?? '' })
    .whereNull('used_at')
    .update({ used_at: now });
  if (spent !== 1) return { ok: false, message: WRONG };
  return { ok: true, email: row.email, purpose: row.purpose, draftId: row.draft_id ?? null };
}

/** The resident site's address for links in emails: configured, never taken from a request. */
export const publicSiteUrl = (): string | null => {
  const site = process.env.PUBLIC_SITE_URL?.replace(/\/+$/, '');
  return site ? site : null;
};

export function continueLink(
  email: string,
  code: string,
  purpose: CodePurpose,
  draftId?: string | null,
): string | null {
  const site = publicSiteUrl();
  if (!site) return null;
  if (purpose === 'resume')
    return `${site}/account/resume?${new URLSearchParams({ draft: draftId ?? '', code }).toString()}`;
  return `${site}/account/continue?${new URLSearchParams({ email, code }).toString()}`;
}

export function codeEmail(council: string, code: string, link: string | null, purpose: CodePurpose, until?: number) {
  const what = purpose === 'resume' ? 'go back to your saved form' : `sign in to your ${council} account`;
  const subject = purpose === 'resume' ? `Your code to go back to your form: ${code}` : `Your sign-in code: ${code}`;
  const lines = [
    `Your code to ${what} is:`,
    '',
    code,
    '',
    purpose === 'resume' && until
      ? `It works once, until ${longDateOf(new Date(until).toISOString())}, when we delete the answers you saved.`
      : 'It works once, for 15 minutes.',
    ...(link ? ['', 'Or open this link and press Continue:', link] : []),
    '',
    'If you did not ask for this code, you can ignore this email: nothing happens without it.',
    '',
    council,
  ];
  return { subject, text: lines.join('\n') };
}

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string; messageId: string }): Promise<unknown>;
}

/**
 * Makes the code and emails it. A code row is sent once: a run after it was sent
 * does nothing; a run after a crash mid-send makes a new code, and the older is dead.
 */
async function sendCode(strapi: Core.Strapi, codeId: number): Promise<void> {
  const knex = strapi.db.connection;
  const found: unknown = await knex(TABLES.codes).where({ id: codeId }).first();
  if (!found) return;
  const row = codeRow.parse(found);
  const now = Date.now();
  const lifetime = codeLifetime(row.purpose);
  if (row.used_at || row.sent_at || now - row.created_at > lifetime) return;
  const draft: unknown = row.draft_id
    ? await knex(TABLES.drafts).where({ id: row.draft_id }).select('expires_at').first()
    : undefined;
  const until = z.object({ expires_at: z.coerce.number() }).safeParse(draft);
  if (row.purpose === 'resume' && !until.success) return; // the saved form is gone: nothing to go back to
  // A run after a crash mid-send lands here too: a new code replaces the one that may have gone.
  const code = newCode();
  await knex(TABLES.codes)
    .where({ id: codeId })
    .update({ code_hash: keyedHash(strapi, `code:${codeId}`, code), expires_at: now + lifetime });
  const message = codeEmail(
    await councilName(strapi),
    code,
    continueLink(row.email, code, row.purpose, row.draft_id),
    row.purpose,
    until.success ? until.data.expires_at : undefined,
  );
  try {
    await (strapi.plugin('email').service('email') as unknown as EmailService).send({
      to: row.email,
      subject: message.subject,
      text: message.text,
      html: emailHtml(message.text),
      messageId: `<code-${codeId}@${(process.env.SMTP_FROM ?? 'doorstep.example').split('@').pop()}>`,
    });
  } catch (error) {
    // Not sent: this code is dead; the next attempt makes a fresh one.
    await knex(TABLES.codes).where({ id: codeId }).update({ code_hash: null, expires_at: null });
    throw error;
  }
  await knex(TABLES.codes).where({ id: codeId }).update({ sent_at: Date.now() });
}

/** Sign-in and resume codes: a few quick retries, since a resident is waiting for them. */
export const accountEmailJob = defineJob({
  queue: 'account-email',
  data: z.object({ codeId: z.number().int().positive() }),
  policy: { attempts: 5, firstDelayMs: 2_000, longestRunS: 60 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ codeId }) => `Sign-in code email ${codeId}`,
  run: (strapi, { codeId }) => sendCode(strapi, codeId),
});
