import type { Core } from '@strapi/strapi';
import {
  answerErrors,
  buildAnswersSchema,
  definitionFromCms,
  expectedReplyDate,
  londonDate,
  type FormAnswers,
  type FormDefinition,
} from '@doorstep/domain';
import { z } from 'zod';
import { cmsQuestions, FORM_POPULATE } from '../document-middlewares/rules/form-definition';
import { newReference } from './reference';

const FORMS = 'api::form-definition.form-definition';
const SUBMISSIONS = 'api::form-submission.form-submission';

export const idempotencyKeySchema = z
  .string({ error: 'Send an Idempotency-Key header, a random string of 16 to 100 letters, digits, - or _' })
  .regex(/^[A-Za-z0-9_-]{16,100}$/, 'The Idempotency-Key must be 16 to 100 letters, digits, - or _');

export const slugSchema = z.string().regex(/^[a-z0-9-]{1,100}$/, 'There is no form at this address');

export interface SubmissionReceipt {
  reference: string;
  form: string;
  formVersion: number;
  submittedAt: string;
  expectedReplyBy: string;
}

export type SubmitResult =
  | { ok: true; replayed: boolean; receipt: SubmissionReceipt }
  | { ok: false; status: 404 | 422 | 503; message: string; errors?: ReturnType<typeof answerErrors> };

const storedSchema = z.object({
  reference: z.string(),
  formSlug: z.string(),
  formVersion: z.number(),
  submittedAt: z.string(),
  expectedReplyBy: z.string(),
});

function receiptOf(stored: unknown): SubmissionReceipt {
  const { reference, formSlug, formVersion, submittedAt, expectedReplyBy } = storedSchema.parse(stored);
  return { reference, form: formSlug, formVersion, submittedAt: new Date(submittedAt).toISOString(), expectedReplyBy };
}

/** The live version of a form, as the domain's definition, or null when none is published. */
export async function publishedForm(
  strapi: Core.Strapi,
  slug: string,
): Promise<{ definition: FormDefinition; notificationEmail: string | null } | null> {
  const entry = (await strapi.documents(FORMS).findFirst({
    filters: { slug },
    status: 'published',
    populate: FORM_POPULATE as never,
  })) as Record<string, unknown> | null;
  if (!entry) return null;
  const { definition, problems } = definitionFromCms({
    slug,
    title: String(entry.title),
    introduction: typeof entry.introduction === 'string' ? entry.introduction : null,
    questions: cmsQuestions(entry),
    checkAnswers: entry.checkAnswers !== false,
    confirmation: String(entry.confirmation),
    expectedResponse: entry.expectedResponse,
    retentionDays: Number(entry.retentionDays),
    version: Number(entry.version ?? 1),
  });
  if (!definition) throw new Error(`Published form "${slug}" is not usable: ${problems.join('; ')}`);
  const notificationEmail = typeof entry.notificationEmail === 'string' ? entry.notificationEmail : null;
  return { definition, notificationEmail };
}

async function findByKey(strapi: Core.Strapi, idempotencyKey: string): Promise<unknown> {
  return strapi.documents(SUBMISSIONS).findFirst({ filters: { idempotencyKey } as never });
}

/**
 * Checks answers against the live form with the same zod schema the browser uses,
 * and stores them. Resolves only after the database has committed, so a 201 means
 * the submission is kept. A retry with the same idempotency key gets the first
 * receipt back and stores nothing new.
 */
export async function submitForm(
  strapi: Core.Strapi,
  input: { slug: string; answers: unknown; idempotencyKey: string; now?: Date },
): Promise<SubmitResult> {
  const earlier = await findByKey(strapi, input.idempotencyKey);
  if (earlier) {
    const receipt = receiptOf(earlier);
    if (receipt.form !== input.slug) {
      return { ok: false, status: 422, message: 'This Idempotency-Key was already used for another form' };
    }
    return { ok: true, replayed: true, receipt };
  }

  const form = await publishedForm(strapi, input.slug);
  if (!form) return { ok: false, status: 404, message: `There is no form called "${input.slug}"` };
  const { definition } = form;
  const now = input.now ?? new Date();
  const result = buildAnswersSchema(definition, { today: londonDate(now) }).safeParse(input.answers);
  if (!result.success) {
    return {
      ok: false,
      status: 422,
      message: 'There is a problem with the answers',
      errors: answerErrors(result.error),
    };
  }
  const answers: FormAnswers = result.data;
  const retainUntil = new Date(`${londonDate(now)}T00:00:00Z`);
  retainUntil.setUTCDate(retainUntil.getUTCDate() + definition.retentionDays);

  try {
    const created = await strapi.documents(SUBMISSIONS).create({
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
        notificationStatus: form.notificationEmail ? 'pending' : 'not-needed',
        notifyEmail: form.notificationEmail,
      } as never,
    });
    return { ok: true, replayed: false, receipt: receiptOf(created) };
  } catch (error) {
    // Two requests with one key at once: the database's unique key lets one in; the other gets its receipt.
    const winner = await findByKey(strapi, input.idempotencyKey);
    if (winner) return { ok: true, replayed: true, receipt: receiptOf(winner) };
    throw error;
  }
}
