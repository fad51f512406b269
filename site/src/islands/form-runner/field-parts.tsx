import type { ReactNode } from 'react';
import { describedBy, labelText, type FieldError, type FormField } from '@doorstep/domain';

/**
 * The pieces every GOV.UK field shares: group, label or legend, hint, error message.
 * The text comes from the domain (`labelText`, the kind's view), as the no-JavaScript
 * HTML's does.
 */
export const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

export const partOf = (value: unknown, part: string): string =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? textOf((value as Record<string, unknown>)[part])
    : '';

export function Hint({ id, field }: { id: string; field: FormField }) {
  return field.hint ? (
    <div className="govuk-hint" id={`${id}-hint`}>
      {field.hint}
    </div>
  ) : null;
}

export function ErrorMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  return error ? (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  ) : null;
}

export function Group({ error, children }: { error: FieldError | undefined; children: ReactNode }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

export function Fieldset({
  id,
  field,
  error,
  role,
  heading,
  children,
}: {
  id: string;
  field: FormField;
  error: FieldError | undefined;
  role?: 'group';
  heading?: boolean;
  children: ReactNode;
}) {
  const text = labelText(field);
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedBy(id, field, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${heading ? 'l' : 's'}`}>
          {heading ? (
            <h1 className="govuk-fieldset__heading" tabIndex={-1} data-step-heading>
              {text}
            </h1>
          ) : (
            text
          )}
        </legend>
        <Hint id={id} field={field} />
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </Group>
  );
}

/** Label, hint and error above one control; the page's only field's label is its heading (GOV.UK pattern). */
export function Labelled({
  id,
  field,
  error,
  heading,
  between,
  children,
}: {
  id: string;
  field: FormField;
  error: FieldError | undefined;
  heading?: boolean;
  between?: ReactNode;
  children: ReactNode;
}) {
  const label = (
    <label className={`govuk-label govuk-label--${heading ? 'l' : 's'}`} htmlFor={id}>
      {labelText(field)}
    </label>
  );
  return (
    <Group error={error}>
      {heading ? (
        <h1 className="govuk-label-wrapper" tabIndex={-1} data-step-heading>
          {label}
        </h1>
      ) : (
        label
      )}
      <Hint id={id} field={field} />
      {between}
      <ErrorMessage id={id} error={error} />
      {children}
    </Group>
  );
}
