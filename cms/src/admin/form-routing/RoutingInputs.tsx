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

function Field({
  props,
  hint,
  children,
}: {
  props: RoutingInputProps;
  hint: string;
  children: (ids: { id: string; describedBy: string }) => React.ReactNode;
}) {
  const id = `routing-${(props.name ?? '').replace(/\W/g, '-')}`;
  const describedBy = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {props.label ?? props.name ?? ''}
        {props.required ? ' (required)' : ''}
      </label>
      {children({ id, describedBy })}
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
  const name = props.name ?? '';
  const place = conditionPlace(name);
  const questions = place ? routableQuestions(valueAt(values, 'questions'), place.position) : [];
  const value = current(props.value);
  const known = questions.some((question) => question.name === value);
  return (
    <Field
      props={props}
      hint={
        questions.length > 0
          ? 'The page shows only when this earlier question has the answer below.'
          : 'Add a yes or no, radios, select or checkboxes question above this page first.'
      }
    >
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          style={control}
          value={value}
          disabled={props.disabled}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => props.onChange?.(name, event.target.value)}
        >
          <option value="">Choose a question</option>
          {questions.map((question) => (
            <option key={question.name} value={question.name}>
              {optionText(question.label, question.name)}
            </option>
          ))}
          {value && !known && <option value={value}>{`${value} (not a question above this page)`}</option>}
        </select>
      )}
    </Field>
  );
}

/**
 * `global::form-answer`: the answer that shows the page, chosen from the answers of the
 * question picked beside it.
 */
export function AnswerInput(props: RoutingInputProps) {
  const values = useFormValues();
  const name = props.name ?? '';
  const place = conditionPlace(name);
  const chosen = place ? current(valueAt(values, place.questionField)) : '';
  const question = place
    ? routableQuestions(valueAt(values, 'questions'), place.position).find((known) => known.name === chosen)
    : undefined;
  const answers: Answer[] = question?.answers ?? [];
  const value = current(props.value);
  const known = answers.some((answer) => answer.value === value);
  return (
    <Field
      props={props}
      hint={question ? `One of the answers to “${question.label || question.name}”.` : 'Choose the question first.'}
    >
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          style={control}
          value={value}
          disabled={props.disabled || (!question && !value)}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => props.onChange?.(name, event.target.value)}
        >
          <option value="">Choose an answer</option>
          {answers.map((answer) => (
            <option key={answer.value} value={answer.value}>
              {optionText(answer.label, answer.value)}
            </option>
          ))}
          {value && !known && <option value={value}>{`${value} (not an answer to that question)`}</option>}
        </select>
      )}
    </Field>
  );
}
