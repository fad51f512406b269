import { autocompleteFor, inputId, inputName } from '@doorstep/domain';
import { Fieldset, partOf, type FieldProps } from './field-parts';

/** Questions answered in several inputs: a UK address, and a date as day, month and year (GOV.UK patterns). */
const ADDRESS = [
  { part: 'line1', label: 'Address line 1', className: '' },
  { part: 'line2', label: 'Address line 2 (optional)', className: '' },
  { part: 'town', label: 'Town or city', className: 'govuk-!-width-two-thirds' },
  { part: 'postcode', label: 'Postcode', className: 'govuk-input--width-10' },
];
const DATE = [
  { part: 'day', label: 'Day', className: 'govuk-date-input__input govuk-input--width-2' },
  { part: 'month', label: 'Month', className: 'govuk-date-input__input govuk-input--width-2' },
  { part: 'year', label: 'Year', className: 'govuk-date-input__input govuk-input--width-4' },
];

export function PartsField({ field, value, error, onChange, heading }: FieldProps) {
  const id = inputId(field.name);
  const isDate = field.kind === 'date';
  const set = (part: string, text: string) =>
    onChange({ ...(typeof value === 'object' && value !== null ? value : {}), [part]: text });
  const inputs = (isDate ? DATE : ADDRESS).map(({ part, label, className }) => {
    const partId = inputId(field.name, part);
    const input = (
      <>
        <label className={`govuk-label${isDate ? ' govuk-date-input__label' : ''}`} htmlFor={partId}>
          {label}
        </label>
        <input
          className={['govuk-input', className, error && 'govuk-input--error'].filter(Boolean).join(' ')}
          id={partId}
          name={inputName(field.name, part)}
          type="text"
          inputMode={isDate ? 'numeric' : undefined}
          autoComplete={autocompleteFor(field, part)}
          value={partOf(value, part)}
          onChange={(event) => set(part, event.target.value)}
        />
      </>
    );
    return isDate ? (
      <div className="govuk-date-input__item" key={part}>
        <div className="govuk-form-group">{input}</div>
      </div>
    ) : (
      <div className="govuk-form-group" key={part}>
        {input}
      </div>
    );
  });
  return (
    <Fieldset id={id} field={field} error={error} role={isDate ? 'group' : undefined} heading={heading}>
      {isDate ? (
        <div className="govuk-date-input" id={id}>
          {inputs}
        </div>
      ) : (
        inputs
      )}
    </Fieldset>
  );
}
