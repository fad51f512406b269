import { confirmationText, type FormDefinition, type SubmissionReceipt } from '@doorstep/domain';

/** GOV.UK confirmation page: the reference in a panel, what happens next, and when to expect a reply. */
export function Confirmation({ definition, receipt }: { definition: FormDefinition; receipt: SubmissionReceipt }) {
  const text = confirmationText(definition, receipt);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1} data-step-heading>
          {text.title}
        </h1>
        <div className="govuk-panel__body">
          {text.referenceLabel}
          <br />
          <strong id="submission-reference">{receipt.reference}</strong>
        </div>
      </div>
      <p className="govuk-body" id="confirmation-email">
        {text.email}
      </p>
      <p className="govuk-body">{text.keep}</p>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">{text.next}</p>
      <p className="govuk-body" id="reply-by">
        {text.replyBy}
      </p>
      {text.updates && (
        <>
          <h2 className="govuk-heading-m">{text.updates.heading}</h2>
          <p className="govuk-body">{text.updates.body}</p>
          <p className="govuk-body">
            <a className="govuk-link" id="updates-link" href={text.updates.href}>
              {text.updates.linkText}
            </a>
          </p>
        </>
      )}
    </>
  );
}
