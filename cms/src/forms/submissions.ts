import type { Core } from '@strapi/strapi';
import {
  allFields,
  answerErrors,
  answersFromFormPost,
  expectedReplyDate,
  ukDate,
  residentEmailAddress,
  type AnswerProblem,
  type FormAnswers,
  type FormDefinition,
  type SubmissionReceipt,
} from '@doorstep/domain';
import { z } from 'zod';
import { fileStore } from './file-store';
import { inspectUpload, storeFile } from './files';
import { fingerprintRequest } from './request-hash';
import { enqueueEmails } from './email/outbox';
import { publishedForm } from './published-forms';
import { newReference } from './reference';
import { requestUpdatesLink } from '../alerts/requests';

const SUBMISSIONS = 'api::form-submission.form-submission';

/** A file as the body parser left it in a temporary folder. */
export interface Upload {
  filepath: string;
  originalFilename: string | null;
  mimetype: string | null;
  size: number;
}

export interface SubmitInput {
  slug: string;
  /** `{ "question": answer }` from JSON, or the flat fields of an HTML form when `htmlForm` is set. */
  answers: unknown;
  htmlForm?: boolean;
  /** Files posted with a multipart form, by question name. */
  uploads?: Readonly<Record<string, Upload[]>>;
  idempotencyKey: string;
  /** The signed-in resident's account, which the submission joins. */
  accountId?: string | null;
  now?: Date;
}

export type SubmitResult =
  | {
      ok: true;
      replayed: boolean;
      receipt: SubmissionReceipt;
      definition: FormDefinition | null;
      /** The answers as stored, when this request stored them. */
      answers?: FormAnswers;
    }
  | {
      ok: false;
      status: 404 | 422;
      message: string;
      errors?: AnswerProblem[];
      /** For the form shown again without JavaScript: its definition and the answers as sent. */
      definition?: FormDefinition;
      values?: Record<string, unknown>;
    };

/** A stored submission as either the Document Service or the query engine returns it. */
const storedSchema = z.object({
  reference: z.string(),
  formSlug: z.string(),
  formVersion: z.number(),
  submittedAt: z.union([z.string(), z.date(), z.number()]),
  expectedReplyBy: z.union([z.iso.date(), z.date().transform((date) => date.toISOString().slice(0, 10))]),
  residentEmail: z.string().nullish(),
  accountId: z.string().nullish(),
});

/** The receipt; a guest who gave an email address is offered status emails (alerts/requests.ts). */
function receiptOf(strapi: Core.Strapi, stored: unknown): SubmissionReceipt {
  const { reference, formSlug, formVersion, submittedAt, expectedReplyBy, residentEmail, accountId } =
    storedSchema.parse(stored);
  return {
    reference,
    form: formSlug,
    formVersion,
    submittedAt: new Date(submittedAt).toISOString(),
    expectedReplyBy,
    confirmationEmail: residentEmail ?? null,
    updatesLink: residentEmail && !accountId ? requestUpdatesLink(strapi, reference) : null,
  };
}

/** The submission an idempotency key already made, if any: one indexed lookup (the key is unique). */
async function findByKey(strapi: Core.Strapi, idempotencyKey: string): Promise<Record<string, unknown> | null> {
  return (await strapi.db.query(SUBMISSIONS).findOne({
    where: { idempotencyKey },
    select: [
      'reference',
      'formSlug',
      'formVersion',
      'submittedAt',
      'expectedReplyBy',
      'requestHash',
      'residentEmail',
      'accountId',
    ],
  })) as Record<string, unknown> | null;
}

/** A replay must carry the request that made the receipt; anything else is a new request under an old key. */
function replayProblem(earlier: Record<string, unknown>, slug: string, requestHash: string): string | undefined {
  if (earlier.formSlug !== slug) return 'This Idempotency-Key was already used for another form';
  // Submissions stored before requests were fingerprinted have none to compare.
  if (typeof earlier.requestHash === 'string' && earlier.requestHash !== requestHash) {
    return 'This Idempotency-Key was already used with different answers: send a new key for a new submission';
  }
  return undefined;
}

/**
 * Checks answers against the live form with the same zod schema the browser uses,
 * and stores them. Resolves only after the database has committed, so a 201 means
 * the submission is kept. A retry with the same idempotency key gets the first
 * receipt back and stores nothing new.
 */
export async function submitForm(strapi: Core.Strapi, input: SubmitInput): Promise<SubmitResult> {
  const requestHash = await fingerprintRequest(input);
  const earlier = await findByKey(strapi, input.idempotencyKey);
  if (earlier) {
    // The IETF Idempotency-Key draft: a key reused with another payload is a 422, never the first receipt.
    const problem = replayProblem(earlier, input.slug, requestHash);
    if (problem) return { ok: false, status: 422, message: problem };
    const form = await publishedForm(strapi, input.slug);
    return { ok: true, replayed: true, receipt: receiptOf(strapi, earlier), definition: form?.definition ?? null };
  }

  const form = await publishedForm(strapi, input.slug);
  if (!form) return { ok: false, status: 404, message: `There is no form called "${input.slug}"` };
  const { definition } = form;
  const values = input.htmlForm ? answersFromFormPost(definition, asRecord(input.answers)) : input.answers;
  const withFiles = await attachUploads(definition, values, input.uploads ?? {});
  const now = input.now ?? new Date();
  const result = form.answersSchema(ukDate(now)).safeParse(withFiles.values);
  if (!result.success || withFiles.problems.length > 0) {
    return {
      ok: false,
      status: 422,
      message: 'There is a problem with the answers',
      errors: [...withFiles.problems, ...(result.success ? [] : answerErrors(result.error))],
      definition,
      values: asRecord(values),
    };
  }
  const answers: FormAnswers = result.data;
  const stored: string[] = [];
  const retainUntil = new Date(`${ukDate(now)}T00:00:00Z`);
  retainUntil.setUTCDate(retainUntil.getUTCDate() + definition.retentionDays);

  const residentEmail = residentEmailAddress(definition, answers);
  try {
    // The submission, its files and the emails it owes are one write: all are kept, or none.
    const created = await strapi.db.transaction(async () => {
      await storeUploads(strapi, answers, withFiles.uploads, stored);
      const submission = await strapi.documents(SUBMISSIONS).create({
        data: {
          reference: newReference(),
          formSlug: definition.slug,
          formTitle: definition.title,
          formVersion: definition.version,
          definitionSnapshot: definition,
          answers,
          caseStatus: 'received',
          timeline: [{ at: now.toISOString(), status: 'received', by: 'resident', note: 'Submitted online' }],
          submittedAt: now.toISOString(),
          expectedReplyBy: expectedReplyDate(now, definition.expectedResponse),
          retainUntil: retainUntil.toISOString().slice(0, 10),
          idempotencyKey: input.idempotencyKey,
          requestHash,
          residentEmail,
          accountId: input.accountId ?? null,
        } as never,
      });
      await enqueueEmails(strapi, submission as { documentId: string; reference: string }, [
        ...(form.notificationEmail ? [{ kind: 'team-notification' as const, to: form.notificationEmail }] : []),
        ...(residentEmail ? [{ kind: 'resident-confirmation' as const, to: residentEmail }] : []),
      ]);
      return submission;
    });
    return { ok: true, replayed: false, receipt: receiptOf(strapi, created), definition, answers };
  } catch (error) {
    await fileStore(strapi).remove(stored);
    // Two requests with one key at once: the database's unique key lets one in; the other gets its receipt.
    const winner = await findByKey(strapi, input.idempotencyKey);
    if (winner) {
      const problem = replayProblem(winner, input.slug, requestHash);
      if (problem) return { ok: false, status: 422, message: problem };
      return { ok: true, replayed: true, receipt: receiptOf(strapi, winner), definition };
    }
    throw error;
  }
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * A file answer is only ever what was uploaded: a client cannot claim a file in
 * JSON it never sent. Its size and type come from the bytes, for the answers
 * schema to check against the question's limits.
 */
async function attachUploads(
  definition: FormDefinition,
  values: unknown,
  uploads: Readonly<Record<string, Upload[]>>,
): Promise<{ values: unknown; uploads: Map<string, Upload>; problems: AnswerProblem[] }> {
  const fileFields = allFields(definition).filter((field) => field.kind === 'file');
  const accepted = new Map<string, Upload>();
  const problems: AnswerProblem[] = [];
  for (const name of Object.keys(uploads)) {
    if (!fileFields.some((field) => field.name === name)) {
      problems.push({ field: name, part: null, message: `"${name}" is not a question on this form` });
    }
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    return { values, uploads: accepted, problems };
  const next: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  for (const field of fileFields) {
    delete next[field.name];
    const posted = (uploads[field.name] ?? []).filter((upload) => upload.size > 0);
    if (posted.length > 1) {
      problems.push({ field: field.name, part: null, message: 'Select one file' });
      continue;
    }
    const upload = posted[0];
    if (!upload) continue;
    const { size, type } = await inspectUpload(upload.filepath, upload.mimetype ?? '');
    next[field.name] = { name: (upload.originalFilename ?? 'file').slice(0, 255) || 'file', size, type };
    accepted.set(field.name, upload);
  }
  return { values: next, uploads: accepted, problems };
}

/**
 * Moves accepted uploads into private storage and records their ids in the answers,
 * and in `stored`, for the caller to remove should the submission not be kept.
 */
async function storeUploads(
  strapi: Core.Strapi,
  answers: FormAnswers,
  uploads: ReadonlyMap<string, Upload>,
  stored: string[],
): Promise<void> {
  for (const [name, upload] of uploads) {
    const answer = answers[name];
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer) || !('size' in answer)) continue;
    const file = await storeFile(strapi, upload.filepath, answer.name, answer.type);
    stored.push(file.id);
    answers[name] = file;
  }
}
