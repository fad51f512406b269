import { inputId, type FieldOption } from '@doorstep/domain';
import { describedBy, ErrorMessage, Fieldset, Group, Hint, Label, textOf, type FieldProps } from './field-parts';

const YES_NO: FieldOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const chosen = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** Radios, yes/no (inline radios) and checkboxes: GOV.UK markup, the first input's id is the question's. */
export function ChoiceField({ field, value, error, onChange, heading }: FieldProps) {
  const id = inputId(field.name);
  const multiple = field.kind === 'checkboxes';
  const options = field.kind === 'yes-no' ? YES_NO : 'options' in field ? field.options : [];
  const prefix = multiple ? 'govuk-checkboxes' : 'govuk-radios';
  const picked = chosen(value);
  const toggle = (option: string, on: boolean) =>
    onChange(multiple ? (on ? [...picked, option] : picked.filter((item) => item !== option)) : option);
  return (
    <Fieldset id={id} field={field} error={error} heading={heading}>
      <div className={`${prefix}${field.kind === 'yes-no' ? ' govuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className={`${prefix}__item`} key={option.value}>
              <input
                className={`${prefix}__input`}
                id={optionId}
                name={field.name}
                type={multiple ? 'checkbox' : 'radio'}
                value={option.value}
                checked={picked.includes(option.value)}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label className={`govuk-label ${prefix}__label`} htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <div className={`govuk-hint ${prefix}__hint`} id={`${optionId}-item-hint`}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function SelectField({ field, value, error, onChange, heading }: FieldProps) {
  const id = inputId(field.name);
  const options = 'options' in field ? field.options : [];
  return (
    <Group error={error}>
      <Label id={id} field={field} heading={heading} />
      <Hint id={id} field={field} />
      <ErrorMessage id={id} error={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={field.name}
        value={textOf(value)}
        aria-describedby={describedBy(id, field, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose one</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Group>
  );
}
