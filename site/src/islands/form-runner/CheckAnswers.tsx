import {
  allFields,
  SAVE_TO_ACCOUNT_FIELD,
  summariseAnswers,
  type FormAnswers,
  type FormDefinition,
} from '@doorstep/domain';

/** GOV.UK check your answers: a summary list with a Change link for each answer, then Send. */
export function CheckAnswers({
  definition,
  answers,
  sending,
  saveToAccount,
  onChange,
  onSend,
}: {
  definition: FormDefinition;
  answers: FormAnswers;
  sending: boolean;
  /** Offered to a signed-in resident when the form asks for details the account keeps. */
  saveToAccount: { checked: boolean; onChange: (checked: boolean) => void } | null;
  onChange: (pageId: string) => void;
  onSend: () => void;
}) {
  const lines = summariseAnswers(definition, answers);
  // A hidden answer (the verge a report is about) is shown, but set by the page that sent the resident here.
  const hidden = new Set(allFields(definition).flatMap((field) => (field.kind === 'hidden' ? [field.name] : [])));
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1} data-step-heading>
        Check your answers before sending your form
      </h1>
      <dl className="govuk-summary-list govuk-!-margin-bottom-9">
        {lines.map((line) => (
          <div
            className={`govuk-summary-list__row${hidden.has(line.name) ? ' govuk-summary-list__row--no-actions' : ''}`}
            key={line.name}
          >
            <dt className="govuk-summary-list__key">{line.question}</dt>
            <dd className="govuk-summary-list__value">
              {line.answer.map((text, index) => (
                <span key={index}>
                  {index > 0 && <br />}
                  {text}
                </span>
              ))}
            </dd>
            {!hidden.has(line.name) && (
              <dd className="govuk-summary-list__actions">
                <a
                  className="govuk-link"
                  href={`?page=${line.pageId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onChange(line.pageId);
                  }}
                >
                  Change<span className="govuk-visually-hidden"> {line.question.toLowerCase()}</span>
                </a>
              </dd>
            )}
          </div>
        ))}
      </dl>
      {saveToAccount && (
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={SAVE_TO_ACCOUNT_FIELD}
                type="checkbox"
                checked={saveToAccount.checked}
                onChange={(event) => saveToAccount.onChange(event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={SAVE_TO_ACCOUNT_FIELD}>
                Save the name, phone number and address I give here to my account
              </label>
            </div>
          </div>
        </div>
      )}
      <h2 className="govuk-heading-m">Now send your form</h2>
      <p className="govuk-body">
        By sending this form you are confirming that, to the best of your knowledge, the details you are providing are
        correct.
      </p>
      <button type="button" className="govuk-button" disabled={sending} aria-disabled={sending} onClick={onSend}>
        {sending ? 'Sending…' : 'Accept and send'}
      </button>
    </>
  );
}
