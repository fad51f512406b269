import { useEffect, useRef } from 'react';
import { inputId, type AnswerProblem } from '@doorstep/domain';

/**
 * GOV.UK error summary: focus moves to it when it appears, and each link moves
 * focus to its question and scrolls the question's label into view.
 */
export function ErrorSummary({ errors }: { errors: readonly AnswerProblem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1} id="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => {
              const target = error.field ? inputId(error.field, error.part) : 'error-summary';
              return (
                <li key={`${target}:${error.message}`}>
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      const input = document.getElementById(target);
                      if (!input) return;
                      event.preventDefault();
                      input.focus({ preventScroll: true });
                      const label =
                        input.closest('fieldset')?.querySelector('legend') ??
                        document.querySelector(`label[for="${target}"]`);
                      (label ?? input).scrollIntoView();
                    }}
                  >
                    {error.message}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}
