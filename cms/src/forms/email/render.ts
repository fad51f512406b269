import { escapeHtml, formDefinitionSchema, type FormAnswers, type FormDefinition } from '@doorstep/domain';
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

/**
 * Strapi's nodemailer provider sends the text as HTML when no HTML is given, which
 * would let a resident's markup render in a mail client. The HTML part is the same
 * text, escaped.
 */
export const asHtml = (text: string) =>
  `<pre style="font-family: inherit; white-space: pre-wrap">${escapeHtml(text)}</pre>`;
