import type { ReactNode } from 'react';
import type { FieldError, FormField } from '@doorstep/domain';

/** The pieces every GOV.UK question shares: group, label or legend, hint, error message. */
export interface FieldProps {
  field: FormField;
  value: unknown;
  error: FieldError | undefined;
  onChange: (value: unknown) => void;
  /** The page's only question: its label is the page's heading (GOV.UK pattern). */
  heading?: boolean;
}

export const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

export const partOf = (value: unknown, part: string): string =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? textOf((value as Record<string, unknown>)[part])
    : '';

export const optionalSuffix = (field: FormField) => (field.optional ? ' (optional)' : '');

export function describedBy(id: string, field: FormField, error: FieldError | undefined, extra?: string) {
  return [field.hint && `${id}-hint`, extra, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

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
  const text = `${field.label}${optionalSuffix(field)}`;
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

export function Label({ id, field, heading }: { id: string; field: FormField; heading?: boolean }) {
  const label = (
    <label className={`govuk-label govuk-label--${heading ? 'l' : 's'}`} htmlFor={id}>
      {field.label}
      {optionalSuffix(field)}
    </label>
  );
  return heading ? (
    <h1 className="govuk-label-wrapper" tabIndex={-1} data-step-heading>
      {label}
    </h1>
  ) : (
    label
  );
}
