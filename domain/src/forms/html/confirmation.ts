import type { FormDefinition } from '../definition.js';
import { longDate } from '../../uk-time.js';
import type { SubmissionReceipt } from '../protocol.js';
import { escapeHtml } from './escape.js';

/** What the confirmation says of the receipt: the same words in the island and without JavaScript. */
type Receipt = Pick<SubmissionReceipt, 'reference' | 'expectedReplyBy' | 'confirmationEmail' | 'updatesLink'>;

export function confirmationText(definition: Pick<FormDefinition, 'confirmation'>, receipt: Receipt) {
  return {
    title: 'Form sent',
    referenceLabel: 'Your reference number',
    replyBy: `We aim to reply by ${longDate(receipt.expectedReplyBy)}.`,
    next: definition.confirmation,
    keep: 'Keep your reference number. Quote it if you contact us about this.',
    email: receipt.confirmationEmail
      ? `We are sending a confirmation email to ${receipt.confirmationEmail} with your reference number and what happens next.`
      : 'We have not sent you an email, so make a note of your reference number.',
    updates:
      receipt.updatesLink && receipt.confirmationEmail
        ? {
            heading: 'Get updates by email',
            body: `We can email ${receipt.confirmationEmail} each time we update this request, until it is closed. We send a link to confirm first.`,
            linkText: 'Get email updates on this request',
            href: receipt.updatesLink,
          }
        : null,
  };
}

export function renderConfirmationHtml(definition: Pick<FormDefinition, 'confirmation'>, receipt: Receipt): string {
  const text = confirmationText(definition, receipt);
  return (
    `<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">${text.title}</h1>` +
    `<div class="govuk-panel__body">${text.referenceLabel}<br><strong id="submission-reference">${escapeHtml(receipt.reference)}</strong></div></div>` +
    `<p class="govuk-body" id="confirmation-email">${escapeHtml(text.email)}</p>` +
    `<p class="govuk-body">${escapeHtml(text.keep)}</p>` +
    `<h2 class="govuk-heading-m">What happens next</h2>` +
    `<p class="govuk-body">${escapeHtml(text.next)}</p>` +
    `<p class="govuk-body" id="reply-by">${escapeHtml(text.replyBy)}</p>` +
    (text.updates
      ? `<h2 class="govuk-heading-m">${text.updates.heading}</h2>` +
        `<p class="govuk-body">${escapeHtml(text.updates.body)}</p>` +
        `<p class="govuk-body"><a class="govuk-link" id="updates-link" href="${escapeHtml(text.updates.href)}">${text.updates.linkText}</a></p>`
      : '')
  );
}
