import { autocompleteFor, inputId, type FormField } from '@doorstep/domain';
import { describedBy, ErrorMessage, Group, Hint, Label, textOf, type FieldProps } from './field-parts';

/** Short text, email, phone, postcode and number: one text input each, as GOV.UK advises (no type=number). */
const INPUTS: Partial<Record<FormField['kind'], { type: string; className?: string; spellCheck?: boolean }>> = {
  'short-text': { type: 'text' },
  email: { type: 'email', spellCheck: false },
  'uk-phone': { type: 'tel', className: 'govuk-input--width-20' },
  'uk-postcode': { type: 'text', className: 'govuk-input--width-10' },
  number: { type: 'text', className: 'govuk-input--width-10' },
};

export function TextField({ field, value, error, onChange, heading }: FieldProps) {
  const id = inputId(field.name);
  const settings = INPUTS[field.kind] ?? { type: 'text' };
  const inputMode = field.kind === 'number' ? (field.wholeNumber ? 'numeric' : 'decimal') : undefined;
  return (
    <Group error={error}>
      <Label id={id} field={field} heading={heading} />
      <Hint id={id} field={field} />
      <ErrorMessage id={id} error={error} />
      <input
        className={['govuk-input', settings.className, error && 'govuk-input--error'].filter(Boolean).join(' ')}
        id={id}
        name={field.name}
        type={settings.type}
        value={textOf(value)}
        inputMode={inputMode}
        spellCheck={settings.spellCheck}
        autoComplete={autocompleteFor(field)}
        aria-describedby={describedBy(id, field, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Group>
  );
}

export function LongTextField({ field, value, error, onChange, heading }: FieldProps) {
  const id = inputId(field.name);
  return (
    <Group error={error}>
      <Label id={id} field={field} heading={heading} />
      <Hint id={id} field={field} />
      <ErrorMessage id={id} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={field.name}
        rows={5}
        value={textOf(value)}
        aria-describedby={describedBy(id, field, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Group>
  );
}
