import { z } from 'zod';
import { dateAndTime, longDate } from '../uk-time.js';
import type { FormAnswers } from './answers.js';
import { caseStatusLabels, type CaseStatus } from './case-status.js';
import { formDefinitionSchema } from './definition.js';
import { escapeHtml } from './html/escape.js';
import { emailSafeSummary } from './resident-email.js';
import { summariseAnswers } from './summary.js';

/**
 * The words of the emails about a submission, beside the confirmation page's
 * (`html/confirmation.ts`): the service team's, with every answer; the resident's,
 * with their choices only; and the resident's updates when a caseworker moves the
 * case. Text only: nothing a resident or caseworker typed can become markup. The
 * CMS's outbox sends them (cms/src/forms/email/).
 */
export const submissionForEmailSchema = z.object({
  reference: z.string(),
  formTitle: z.string(),
  formVersion: z.number(),
  submittedAt: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString()),
  expectedReplyBy: z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString().slice(0, 10)),
  definitionSnapshot: z.unknown().transform((value) => formDefinitionSchema.parse(value)),
  answers: z.record(z.string(), z.unknown()).transform((value) => value as FormAnswers),
});
/** A stored submission, as the emails about it read it. */
export type SubmissionForEmail = z.output<typeof submissionForEmailSchema>;

export interface Email {
  subject: string;
  text: string;
}

/**
 * Mail providers send the text as HTML when no HTML is given, which would let a
 * resident's markup render in a mail client. The HTML part is the same text, escaped.
 */
export const emailHtml = (text: string) =>
  `<pre style="font-family: inherit; white-space: pre-wrap">${escapeHtml(text)}</pre>`;

/** The service team's email: every answer on the route, and where to work the submission. */
export function teamEmail(submission: SubmissionForEmail): Email {
  const lines = summariseAnswers(submission.definitionSnapshot, submission.answers).flatMap((line) => [
    line.question,
    ...line.answer.map((answer) => `  ${answer}`),
    '',
  ]);
  return {
    subject: `[${submission.reference}] ${submission.formTitle}`,
    text: [
      `A resident sent "${submission.formTitle}" (version ${submission.formVersion}) on ${dateAndTime(submission.submittedAt)}.`,
      `Reference: ${submission.reference}`,
      `They have been told to expect a reply by ${longDate(submission.expectedReplyBy)}.`,
      '',
      ...lines,
      'Open the submission in the admin panel (Form submission) to change its status.',
    ].join('\n'),
  };
}

/**
 * The resident's confirmation (GOV.UK Forms sends the same): the reference, what they
 * asked for (their choices only: nothing they typed, no contact details, no files),
 * what happens next and the date to expect a reply.
 */
export function residentEmail(submission: SubmissionForEmail, councilName: string): Email {
  const { definitionSnapshot: definition, answers } = submission;
  const asked = emailSafeSummary(definition, answers).map((line) => `${line.question}: ${line.answer.join(', ')}`);
  return {
    subject: `${submission.formTitle}: your reference is ${submission.reference}`,
    text: [
      `${councilName} has received your form "${submission.formTitle}".`,
      '',
      `Your reference number is ${submission.reference}. Quote it if you contact us about this.`,
      '',
      ...(asked.length > 0 ? ['What you told us', ...asked, ''] : []),
      'What happens next',
      definition.confirmation,
      `We aim to reply by ${longDate(submission.expectedReplyBy)}.`,
      '',
      `You are getting this email because this address was given on our "${submission.formTitle}" form.`,
      'Please do not reply to it: quote your reference number if you contact us.',
    ].join('\n'),
  };
}

/** What a caseworker saved for the resident: the status then, and their message if they wrote one. */
export interface CaseUpdate {
  caseStatus: CaseStatus;
  messageToResident: string | null;
}

/**
 * The resident's update (issue 15): the reference, the form, the status in plain words
 * and the caseworker's message. "Waiting for you" heads the message as what is needed
 * (the CMS refuses that status without one). Never the internal note: it is not given.
 */
export function statusUpdateEmail(submission: SubmissionForEmail, update: CaseUpdate, councilName: string): Email {
  const status = caseStatusLabels[update.caseStatus];
  const heading =
    update.caseStatus === 'waiting-for-resident' ? 'What we need from you' : `Message from ${councilName}`;
  return {
    subject: `${submission.formTitle}: ${status.toLowerCase()} (${submission.reference})`,
    text: [
      `${councilName} has an update on your form "${submission.formTitle}".`,
      '',
      `Your reference number is ${submission.reference}.`,
      `Status: ${status}`,
      '',
      ...(update.messageToResident ? [heading, update.messageToResident, ''] : []),
      `You are getting this email because this address was given on our "${submission.formTitle}" form.`,
      'Please do not reply to it: quote your reference number if you contact us.',
    ].join('\n'),
  };
}
