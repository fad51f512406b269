import type { CSSProperties } from 'react';
import { useForm } from '@strapi/strapi/admin';
import { conditionPlace, routableQuestions, valueAt, type Answer } from './choices';

/** What the edit view gives a custom field's input (content-manager InputRenderer, with useField's value). */
export interface RoutingInputProps {
  /** Optional because Strapi types a custom field's input as taking none; the edit view always gives it. */
  name?: string;
  label?: string;
  hint?: unknown;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  error?: string;
  onChange?: (name: string, value: unknown) => void;
}

const labelStyle: CSSProperties = { display: 'block', fontSize: '1.2rem', fontWeight: 600, marginBottom: '0.4rem' };
const hintStyle: CSSProperties = { fontSize: '1.2rem', margin: '0.4rem 0 0', opacity: 0.8 };
const control: CSSProperties = {
  font: 'inherit',
  fontSize: '1.4rem',
  width: '100%',
  padding: '0.7rem 0.8rem',
  borderRadius: '4px',
  border: '1px solid currentColor',
  background: 'transparent',
  color: 'inherit',
};
const errorStyle: CSSProperties = { ...hintStyle, color: '#d02b20', opacity: 1, fontWeight: 600 };

const optionText = (label: string, value: string) => (label && label !== value ? `${label} (${value})` : value);

/** The form's values as the edit view holds them now, unsaved edits included. */
const useFormValues = (): unknown => useForm('RoutingInput', (state) => state.values);

/** A labelled select of `choices`, with its hint and error; a stored value not among them stays, marked. */
function ChoiceField({
  props,
  hint,
  choices,
  placeholder,
  notAmong,
  disabled,
}: {
  props: RoutingInputProps;
  hint: string;
  choices: Answer[];
  placeholder: string;
  /** Says why a stored value is not among the choices. */
  notAmong: string;
  disabled?: boolean;
}) {
  const name = props.name ?? '';
  const id = `routing-${name.replace(/\W/g, '-')}`;
  const describedBy = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = current(props.value);
  const known = choices.some((choice) => choice.value === value);
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {props.label ?? name}
        {props.required ? ' (required)' : ''}
      </label>
      <select
        id={id}
        name={name}
        style={control}
        value={value}
        disabled={props.disabled || disabled}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange?.(name, event.target.value)}
      >
        <option value="">{placeholder}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {optionText(choice.label, choice.value)}
          </option>
        ))}
        {value && !known && <option value={value}>{`${value} (${notAmong})`}</option>}
      </select>
      <p id={`${id}-hint`} style={hintStyle}>
        {hint}
      </p>
      {props.error && (
        <p id={`${id}-error`} style={errorStyle}>
          {props.error}
        </p>
      )}
    </div>
  );
}

const current = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * `global::form-question`: the earlier question a page's condition depends on, chosen
 * from the yes or no, radios, select and checkboxes questions above the page.
 */
export function QuestionInput(props: RoutingInputProps) {
  const values = useFormValues();
  const place = conditionPlace(props.name ?? '');
  const questions = place ? routableQuestions(valueAt(values, 'questions'), place.position) : [];
  return (
    <ChoiceField
      props={props}
      hint={
        questions.length > 0
          ? 'The page shows only when this earlier question has the answer below.'
          : 'Add a yes or no, radios, select or checkboxes question above this page first.'
      }
      choices={questions.map((question) => ({ value: question.name, label: question.label }))}
      placeholder="Choose a question"
      notAmong="not a question above this page"
    />
  );
}

/**
 * `global::form-answer`: the answer that shows the page, chosen from the answers of the
 * question picked beside it.
 */
export function AnswerInput(props: RoutingInputProps) {
  const values = useFormValues();
  const place = conditionPlace(props.name ?? '');
  const chosen = place ? current(valueAt(values, place.questionField)) : '';
  const question = place
    ? routableQuestions(valueAt(values, 'questions'), place.position).find((known) => known.name === chosen)
    : undefined;
  return (
    <ChoiceField
      props={props}
      hint={question ? `One of the answers to “${question.label || question.name}”.` : 'Choose the question first.'}
      choices={question?.answers ?? []}
      placeholder="Choose an answer"
      notAmong="not an answer to that question"
      disabled={!question && !current(props.value)}
    />
  );
}
