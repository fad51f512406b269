import type { Core } from '@strapi/strapi';
import {
  caseStatusLabels,
  caseStatusSchema,
  formDefinitionSchema,
  summariseAnswers,
  ukDate,
  type FormAnswers,
} from '@doorstep/domain';
import { z } from 'zod';
import type { Resident } from './residents';

const SUBMISSIONS = 'api::form-submission.form-submission';

/** How a resident reads a case status (the caseworker's words are the admin's). */
const statusWords = (status: string): string => caseStatusLabels[caseStatusSchema.catch('received').parse(status)];

const timelineEntry = z.object({
  at: z.string(),
  status: z.string(),
  by: z.string().nullish(),
  note: z.string().nullish(),
  message: z.string().nullish(),
});

const listed = z.object({
  reference: z.string(),
  formTitle: z.string(),
  caseStatus: z.string(),
  submittedAt: z.union([z.string(), z.date(), z.number()]).transform((value) => new Date(value).toISOString()),
  expectedReplyBy: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString().slice(0, 10)),
});

export interface RequestSummary {
  reference: string;
  formTitle: string;
  status: string;
  statusText: string;
  submittedAt: string;
  replyBy: string;
  /** Still open after its reply-by date. */
  late: boolean;
}

const OPEN = new Set(['received', 'in-progress']);

function summary(row: z.infer<typeof listed>, today: string): RequestSummary {
  return {
    reference: row.reference,
    formTitle: row.formTitle,
    status: row.caseStatus,
    statusText: statusWords(row.caseStatus),
    submittedAt: row.submittedAt,
    replyBy: row.expectedReplyBy,
    late: OPEN.has(row.caseStatus) && row.expectedReplyBy < today,
  };
}

const FIELDS = ['reference', 'formTitle', 'caseStatus', 'submittedAt', 'expectedReplyBy'];

/** Every request made while signed in, or attached since; newest first. */
export async function myRequests(strapi: Core.Strapi, resident: Resident, now = new Date()): Promise<RequestSummary[]> {
  const rows = await strapi.db.query(SUBMISSIONS).findMany({
    where: { accountId: resident.id },
    select: FIELDS,
    orderBy: { submittedAt: 'desc' },
    limit: 500,
  });
  const today = ukDate(now);
  return z
    .array(listed)
    .parse(rows)
    .map((row) => summary(row, today));
}

/** Requests sent as a guest with the address this resident proved they hold, not yet in any account. */
export async function guestRequests(strapi: Core.Strapi, resident: Resident): Promise<string[]> {
  const rows = await strapi.db.query(SUBMISSIONS).findMany({
    where: { residentEmail: { $eqi: resident.email }, accountId: { $null: true } },
    select: ['reference'],
    limit: 500,
  });
  return z
    .array(z.object({ reference: z.string() }))
    .parse(rows)
    .map((row) => row.reference);
}

/** Attaches them, once the resident has said yes. */
export async function attachGuestRequests(strapi: Core.Strapi, resident: Resident): Promise<number> {
  const result = await strapi.db.query(SUBMISSIONS).updateMany({
    where: { residentEmail: { $eqi: resident.email }, accountId: { $null: true } },
    data: { accountId: resident.id },
  });
  return result.count;
}

export interface RequestDetail extends RequestSummary {
  answers: Array<{ question: string; answer: string[] }>;
  /** What the council told the resident: status changes and messages; never the internal notes. */
  updates: Array<{ at: string; statusText: string; message: string | null }>;
}

/**
 * One of this resident's requests, by reference; null for any other (someone
 * else's, a guest's, or none), so a reference alone reveals nothing.
 */
export async function myRequest(
  strapi: Core.Strapi,
  resident: Resident,
  reference: string,
  now = new Date(),
): Promise<RequestDetail | null> {
  const row = (await strapi.db.query(SUBMISSIONS).findOne({
    where: { reference, accountId: resident.id },
    select: [...FIELDS, 'answers', 'definitionSnapshot', 'timeline'],
  })) as Record<string, unknown> | null;
  if (!row) return null;
  const definition = formDefinitionSchema.safeParse(parseJson(row.definitionSnapshot));
  const answers = (parseJson(row.answers) ?? {}) as FormAnswers;
  const timeline = z.array(timelineEntry).catch([]).parse(parseJson(row.timeline));
  return {
    ...summary(listed.parse(row), ukDate(now)),
    answers: definition.success
      ? summariseAnswers(definition.data, answers).map(({ question, answer }) => ({ question, answer }))
      : [],
    updates: timeline.map((entry) => ({
      at: entry.at,
      statusText: statusWords(entry.status),
      message: entry.message ?? null,
    })),
  };
}

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
};
