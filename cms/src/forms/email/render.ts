import { formDefinitionSchema, type FormAnswers, type FormDefinition } from '@doorstep/domain';
import { z } from 'zod';

/** A stored submission, as the emails about it read it. */
export const submissionForEmail = z.object({
  reference: z.string(),
  formTitle: z.string(),
  formVersion: z.number(),
  submittedAt: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString()),
  expectedReplyBy: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString().slice(0, 10)),
  definitionSnapshot: z.unknown().transform((value) => formDefinitionSchema.parse(value)),
  answers: z.record(z.string(), z.unknown()).transform((value) => value as FormAnswers),
});
export type SubmissionForEmail = z.output<typeof submissionForEmail>;
export type { FormDefinition };

export interface Email {
  subject: string;
  text: string;
}

export const longDate = (isoDate: string) =>
  new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export const dateAndTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * Strapi's nodemailer provider sends the text as HTML when no HTML is given, which
 * would let a resident's markup render in a mail client. The HTML part is the same
 * text, escaped.
 */
export const asHtml = (text: string) =>
  `<pre style="font-family: inherit; white-space: pre-wrap">${escapeHtml(text)}</pre>`;
