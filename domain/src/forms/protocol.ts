import { z } from 'zod';
import { errorEnvelopeSchema } from '../api-errors.js';

/**
 * The wire contract between the form runner island, the site server (which passes
 * submissions through on the site's own origin) and the CMS's submission endpoint.
 * Each side builds and reads requests and answers with these, so none can drift.
 *
 * `POST /api/forms/<slug>/submissions`, with an Idempotency-Key:
 * - JSON `{ "answers": { … } }` from the island; multipart with the answers as JSON in
 *   `_answers` when it carries files; or a plain HTML form's fields (urlencoded, or
 *   multipart with files), whose key may come in `_idempotencyKey`.
 * - 201 (or 200 for a replay) with `{ data: SubmissionReceipt }`; 422 with the
 *   answers' problems in `error.details.errors`; 400, 404, 415, 429 with a message.
 */

/** A form's slug: its address (`/forms/<slug>/`) and its submissions'. */
const SLUG = '[a-z0-9-]{1,100}';
export const formSlugSchema = z.string().regex(new RegExp(`^${SLUG}$`), 'There is no form at this address');

/** The endpoint, as Strapi routes it (under its `/api` prefix), and as the site and the island call it. */
export const SUBMISSIONS_ROUTE = '/forms/:slug/submissions';
export const submissionsPath = (slug: string) => `/api/forms/${slug}/submissions`;
/** Matches a submissions address; the site server passes only these through to the CMS. */
export const SUBMISSIONS_PATH = new RegExp(`^/api/forms/${SLUG}/submissions$`);
/** Matches a form's page and captures its slug. */
export const FORM_PAGE_PATH = new RegExp(`^/forms/(${SLUG})/$`);

/** The most a submission's files may weigh in all, and its other answers; the CMS answers 413 beyond. */
export const MAX_FILES_BYTES = 20 * 1024 * 1024;
export const MAX_ANSWERS_BYTES = 256 * 1024;

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const idempotencyKeySchema = z
  .string({ error: 'Send an Idempotency-Key header, a random string of 16 to 100 letters, digits, - or _' })
  .regex(/^[A-Za-z0-9_-]{16,100}$/, 'The Idempotency-Key must be 16 to 100 letters, digits, - or _');

/** Names in a posted form body that are not answers. */
export const POSTED = {
  /** The island's answers as JSON, beside the files of a multipart request. */
  answers: '_answers',
  /** A no-JavaScript form's key, written into the page. */
  idempotencyKey: '_idempotencyKey',
} as const;

/** A problem with one answer (or with the answers as a whole, `field: null`); `part` is an address line or a date box. */
export const answerProblemSchema = z.object({
  field: z.string().nullable(),
  part: z.string().nullable(),
  message: z.string(),
});
export type AnswerProblem = z.infer<typeof answerProblemSchema>;
/** A problem shown at its field. */
export type FieldError = Pick<AnswerProblem, 'message' | 'part'>;

/** What a resident gets back once their form is stored. */
export const submissionReceiptSchema = z.object({
  reference: z.string().min(1),
  form: z.string(),
  formVersion: z.number().int(),
  submittedAt: z.iso.datetime(),
  expectedReplyBy: z.iso.date(),
  /** Where the resident's confirmation email goes, or null: the confirmation page says which. */
  confirmationEmail: z.string().nullable(),
  /**
   * A guest's offer of status emails (issue 16): the site path of the page that asks
   * for them, carrying a token only this receipt holds; null (or absent) when the
   * form took no email address, or the resident was signed in and gets them anyway.
   */
  updatesLink: z
    .string()
    .regex(/^\/account\/[^\s]*$/)
    .nullish(),
});
export type SubmissionReceipt = z.infer<typeof submissionReceiptSchema>;

/** What the endpoint answers a JSON request: a receipt, or a refusal (with the answers' problems on a 422). */
export const submissionResponseSchema = z.union([
  z.object({ data: submissionReceiptSchema }),
  errorEnvelopeSchema.extend({
    error: errorEnvelopeSchema.shape.error.extend({
      details: z
        .object({ errors: z.array(answerProblemSchema).optional() })
        .loose()
        .optional(),
    }),
  }),
]);
export type SubmissionResponse = z.infer<typeof submissionResponseSchema>;
