import {
  assertNever,
  describedBy,
  inputId,
  inputName,
  viewOf,
  type FieldError,
  type FieldOption,
  type FieldPart,
  type FormField,
} from '@doorstep/domain';
import { Fieldset, Labelled, partOf, textOf } from './field-parts';

export interface FieldProps {
  field: FormField;
  value: unknown;
  file: File | undefined;
  error: FieldError | undefined;
  /** The page's only field: its label is the page's heading. */
  heading: boolean;
  onChange: (name: string, value: unknown) => void;
  onFile: (name: string, file: File | undefined) => void;
}

const chosen = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/**
 * One field, drawn from its kind's view (`viewOf`, from the kind's module in
 * domain/src/forms/kinds): the seven GOV.UK controls the no-JavaScript HTML
 * (domain/src/forms/html/fields.ts) also draws, with the same labels and parts.
 */
export function Field({ field, value, file, error, heading, onChange, onFile }: FieldProps) {
  const id = inputId(field.name);
  const change = (next: unknown) => onChange(field.name, next);
  const view = viewOf(field);
  switch (view.control) {
    case 'input':
      return (
        <Labelled id={id} field={field} error={error} heading={heading}>
          <input
            className={['govuk-input', view.className, error && 'govuk-input--error'].filter(Boolean).join(' ')}
            id={id}
            name={field.name}
            type={view.type}
            value={textOf(value)}
            inputMode={view.inputmode}
            spellCheck={view.spellcheck}
            autoComplete={view.autocomplete}
            aria-describedby={describedBy(id, field, error)}
            onChange={(event) => change(event.target.value)}
          />
        </Labelled>
      );
    case 'textarea':
      return (
        <Labelled id={id} field={field} error={error} heading={heading}>
          <textarea
            className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
            id={id}
            name={field.name}
            rows={view.rows}
            value={textOf(value)}
            aria-describedby={describedBy(id, field, error)}
            onChange={(event) => change(event.target.value)}
          />
        </Labelled>
      );
    case 'parts': {
      const date = view.layout === 'date';
      const inputs = (
        <Parts field={field} value={value} error={error} parts={view.parts} date={date} onChange={change} />
      );
      return (
        <Fieldset id={id} field={field} error={error} role={date ? 'group' : undefined} heading={heading}>
          {date ? (
            <div className="govuk-date-input" id={id}>
              {inputs}
            </div>
          ) : (
            inputs
          )}
        </Fieldset>
      );
    }
    case 'choices':
      return (
        <Fieldset id={id} field={field} error={error} heading={heading}>
          <Choices
            field={field}
            value={value}
            type={view.type}
            inline={view.inline}
            options={view.options}
            onChange={change}
          />
        </Fieldset>
      );
    case 'select':
      return (
        <Labelled id={id} field={field} error={error} heading={heading}>
          <select
            className={`govuk-select${error ? ' govuk-select--error' : ''}`}
            id={id}
            name={field.name}
            value={textOf(value)}
            aria-describedby={describedBy(id, field, error)}
            onChange={(event) => change(event.target.value)}
          >
            {[{ value: '', label: view.placeholder }, ...view.options].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Labelled>
      );
    case 'file':
      // The file stays in the browser's memory until the form is sent with it: it is not
      // saved with the other answers, so after a reload the resident is asked for it again.
      return (
        <Labelled
          id={id}
          field={field}
          error={error}
          heading={heading}
          between={
            <div className="govuk-hint" id={`${id}-limits`}>
              {view.limits}
            </div>
          }
        >
          {file && (
            <p className="govuk-body" id={`${id}-chosen`}>
              Chosen: {file.name}
            </p>
          )}
          <input
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id={id}
            name={field.name}
            type="file"
            accept={view.accept}
            aria-describedby={describedBy(id, field, error, `${id}-limits`, file && `${id}-chosen`)}
            onChange={(event) => onFile(field.name, event.target.files?.[0])}
          />
        </Labelled>
      );
    case 'hidden':
      return null; // carried with the answers, never shown
    default:
      return assertNever(view);
  }
}

function Parts({
  field,
  value,
  error,
  parts,
  date,
  onChange,
}: {
  field: FormField;
  value: unknown;
  error: FieldError | undefined;
  parts: readonly FieldPart[];
  date: boolean;
  onChange: (value: unknown) => void;
}) {
  const set = (part: string, text: string) =>
    onChange({ ...(typeof value === 'object' && value !== null ? value : {}), [part]: text });
  return parts.map(({ part, label, className, inputmode, autocomplete }) => {
    const partId = inputId(field.name, part);
    const input = (
      <>
        <label className={`govuk-label${date ? ' govuk-date-input__label' : ''}`} htmlFor={partId}>
          {label}
        </label>
        <input
          className={['govuk-input', className, error && 'govuk-input--error'].filter(Boolean).join(' ')}
          id={partId}
          name={inputName(field.name, part)}
          type="text"
          inputMode={inputmode}
          autoComplete={autocomplete}
          value={partOf(value, part)}
          onChange={(event) => set(part, event.target.value)}
        />
      </>
    );
    return date ? (
      <div className="govuk-date-input__item" key={part}>
        <div className="govuk-form-group">{input}</div>
      </div>
    ) : (
      <div className="govuk-form-group" key={part}>
        {input}
      </div>
    );
  });
}

function Choices({
  field,
  value,
  type,
  inline,
  options,
  onChange,
}: {
  field: FormField;
  value: unknown;
  type: 'radio' | 'checkbox';
  inline: boolean;
  options: readonly FieldOption[];
  onChange: (value: unknown) => void;
}) {
  const id = inputId(field.name);
  const prefix = type === 'checkbox' ? 'govuk-checkboxes' : 'govuk-radios';
  const picked = chosen(value);
  const toggle = (option: string, on: boolean) =>
    onChange(type === 'checkbox' ? (on ? [...picked, option] : picked.filter((item) => item !== option)) : option);
  return (
    <div className={`${prefix}${inline ? ' govuk-radios--inline' : ''}`}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index + 1}`;
        return (
          <div className={`${prefix}__item`} key={option.value}>
            <input
              className={`${prefix}__input`}
              id={optionId}
              name={field.name}
              type={type}
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
  );
}
