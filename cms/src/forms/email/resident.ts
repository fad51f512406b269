import { emailSafeSummary } from '@doorstep/domain';
import { longDate } from '@doorstep/domain';
import type { Email, SubmissionForEmail } from './render';

/**
 * The resident's confirmation (GOV.UK Forms sends the same): the reference, what they
 * asked for (their choices only: nothing they typed, no contact details, no files),
 * what happens next and the date to expect a reply. Text only.
 */
export function residentEmail(submission: SubmissionForEmail, councilName: string): Email {
  const { definitionSnapshot: definition, answers } = submission;
  const asked = emailSafeSummary(definition, answers).flatMap((line) => [
    `${line.question}: ${line.answer.join(', ')}`,
  ]);
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
