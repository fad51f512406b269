import { createHash, createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { reportAMissedBin } from '@doorstep/demo';

/**
 * What `npm run bench:account` needs in each app, made in the benchmark server's
 * process (bench/lib/server.ts, when BENCH_ACCOUNT is set): the same submissions in
 * both; in Doorstep, a signed-in resident and a supply of sign-in codes; in stock
 * Strapi, a users-permissions login and a read-only API token.
 */
export const ACCOUNT_BENCH = {
  residentId: '0b0b0b0b-0000-4000-8000-000000000001',
  residentEmail: 'bench-resident@residents.example',
  sessionToken: 'bench-session-token-0123456789abcdefghijklmnopqrstuv',
  apiToken: 'bench-api-token-0123456789abcdefghijklmnopqrstuvwxyz',
  password: 'Bench-password-1',
  code: '246810',
  /** Each verification spends one: more than any run uses. */
  codes: 30_000,
  /** The resident's own requests, among everyone else's. */
  mine: 50,
  others: 2_000,
};

export const codeEmail = (index: number) => `bench-${index}@residents.example`;

const SUBMISSIONS = 'api::form-submission.form-submission';

function submission(index: number, accountId: string | null, email: string) {
  const submittedAt = new Date(Date.UTC(2026, 10, 1) + index * 60_000);
  return {
    reference: `BENCH-${String(index).padStart(6, '0')}`,
    formSlug: reportAMissedBin.slug,
    formTitle: reportAMissedBin.title,
    formVersion: 1,
    definitionSnapshot: reportAMissedBin,
    answers: { bin: 'recycling', 'out-by-7am': 'yes', 'full-name': 'Sam Resident', email },
    caseStatus: index % 3 === 0 ? 'in-progress' : 'received',
    timeline: [{ at: submittedAt.toISOString(), status: 'received', by: 'resident' }],
    submittedAt: submittedAt.toISOString(),
    expectedReplyBy: '2026-12-20',
    retainUntil: '2027-11-30',
    residentEmail: email,
    accountId,
  };
}

async function seedSubmissions(strapi: Core.Strapi): Promise<void> {
  const total = ACCOUNT_BENCH.mine + ACCOUNT_BENCH.others;
  const every = Math.floor(total / ACCOUNT_BENCH.mine);
  const rows = Array.from({ length: total }, (_, index) =>
    index % every === 0 && index / every < ACCOUNT_BENCH.mine
      ? submission(index, ACCOUNT_BENCH.residentId, ACCOUNT_BENCH.residentEmail)
      : submission(index, index % 2 ? `other-${index}` : null, `someone-${index}@residents.example`),
  );
  for (let start = 0; start < rows.length; start += 100) {
    await strapi.db.query(SUBMISSIONS).createMany({ data: rows.slice(start, start + 100) });
  }
}

/** The CMS's account key (cms/src/account/secrets.ts), from the ACCOUNT_SECRET the benchmark sets. */
const accountKey = () => createHash('sha256').update(`doorstep-account:${process.env.ACCOUNT_SECRET}`).digest();

async function seedDoorstep(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const now = Date.now();
  await knex('doorstep_residents').insert({
    id: ACCOUNT_BENCH.residentId,
    email: ACCOUNT_BENCH.residentEmail,
    created_at: now,
    signed_in_at: now,
  });
  await knex('doorstep_resident_sessions').insert({
    token_hash: createHash('sha256').update(ACCOUNT_BENCH.sessionToken).digest('hex'),
    resident_id: ACCOUNT_BENCH.residentId,
    created_at: now,
    last_seen_at: now,
    expires_at: now + 24 * 60 * 60_000,
  });
  const key = accountKey();
  const codes = Array.from({ length: ACCOUNT_BENCH.codes }, (_, index) => ({
    id: index + 1,
    email: codeEmail(index + 1),
    purpose: 'sign-in',
    code_hash: createHmac('sha256', key)
      .update(`code:${index + 1}:${ACCOUNT_BENCH.code}`)
      .digest('hex'),
    attempts: 0,
    created_at: now,
    sent_at: now,
    expires_at: now + 24 * 60 * 60_000,
  }));
  for (let start = 0; start < codes.length; start += 200) {
    await knex('doorstep_sign_in_codes').insert(codes.slice(start, start + 200));
  }
}

interface TokenService {
  hash(key: string): string;
}

async function seedStock(strapi: Core.Strapi): Promise<void> {
  const authenticated = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number };
  const users = strapi.plugin('users-permissions').service<{ add(values: object): Promise<unknown> }>('user');
  await users.add({
    username: 'bench-resident',
    email: ACCOUNT_BENCH.residentEmail,
    password: ACCOUNT_BENCH.password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: authenticated.id,
  });
  const tokens = strapi.service('admin::api-token') as unknown as TokenService;
  await strapi.db.query('admin::api-token').create({
    data: {
      name: 'bench',
      type: 'read-only',
      kind: 'content-api',
      accessKey: tokens.hash(ACCOUNT_BENCH.apiToken),
      lifespan: null,
    },
  });
}

export async function seedAccountBench(strapi: Core.Strapi, kind: string): Promise<void> {
  await seedSubmissions(strapi);
  if (kind === 'doorstep') await seedDoorstep(strapi);
  else await seedStock(strapi);
}
