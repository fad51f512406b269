import { assertNever } from '../../assert.js';
import type { FormField } from '../definition.js';
import { inputId, inputName } from '../form-post.js';
import type { FieldOption, FieldPart } from '../kinds/kind.js';
import type { FieldError } from '../protocol.js';
import { describedBy, labelText, viewOf } from '../kinds/view.js';
import { attributes, classes, escapeHtml } from './escape.js';
import { prefillAttribute } from './prefill.js';

/**
 * One field as GOV.UK Design System markup, for the form that works without
 * JavaScript (the static page and the CMS's answer to a posted form). It draws the
 * field's view, from its kind's module (`kinds/`): the island draws the same views in
 * React (site/src/islands/form-runner/Field.tsx), with the same labels and parts.
 */
export type PostedValue = unknown;

const text = (value: PostedValue): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const partOf = (value: PostedValue, part: string): string =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? text((value as Record<string, unknown>)[part])
    : '';
const chosen = (value: PostedValue): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

function hint(id: string, field: FormField): string {
  return field.hint ? `<div class="govuk-hint" id="${id}-hint">${escapeHtml(field.hint)}</div>` : '';
}

function errorMessage(id: string, error: FieldError | undefined): string {
  return error
    ? `<p class="govuk-error-message" id="${id}-error"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(error.message)}</p>`
    : '';
}

function group(error: FieldError | undefined, inner: string): string {
  return `<div class="${classes('govuk-form-group', error && 'govuk-form-group--error')}">${inner}</div>`;
}

/** Label, hint and error above one control. */
function labelled(field: FormField, error: FieldError | undefined, control: string, between = ''): string {
  const id = inputId(field.name);
  return group(
    error,
    `<label class="govuk-label govuk-label--s" for="${id}">${escapeHtml(labelText(field))}</label>` +
      `${hint(id, field)}${between}${errorMessage(id, error)}${control}`,
  );
}

function fieldset(field: FormField, error: FieldError | undefined, inner: string, role = ''): string {
  const id = inputId(field.name);
  return group(
    error,
    `<fieldset class="govuk-fieldset"${role}${attributes({ 'aria-describedby': describedBy(id, field, error) })}>` +
      `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${escapeHtml(labelText(field))}</legend>` +
      `${hint(id, field)}${errorMessage(id, error)}${inner}</fieldset>`,
  );
}

function parts(
  field: FormField,
  value: PostedValue,
  error: FieldError | undefined,
  items: readonly FieldPart[],
  date: boolean,
): string {
  return items
    .map(({ part, label, className, inputmode, autocomplete }) => {
      const id = inputId(field.name, part);
      const control = attributes({
        class: classes('govuk-input', className, error && 'govuk-input--error'),
        id,
        name: inputName(field.name, part),
        type: 'text',
        value: partOf(value, part),
        inputmode,
        autocomplete,
      });
      const inner = `<label class="${classes('govuk-label', date && 'govuk-date-input__label')}" for="${id}">${escapeHtml(label)}</label><input${control}>`;
      return date
        ? `<div class="govuk-date-input__item"><div class="govuk-form-group">${inner}</div></div>`
        : `<div class="govuk-form-group">${inner}</div>`;
    })
    .join('');
}

function choices(
  field: FormField,
  options: readonly FieldOption[],
  value: PostedValue,
  type: 'radio' | 'checkbox',
): string {
  const prefix = type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  const picked = chosen(value);
  return options
    .map((option, index) => {
      const id = index === 0 ? inputId(field.name) : `${inputId(field.name)}-${index + 1}`;
      const control = attributes({
        class: `${prefix}__input`,
        id,
        name: field.name,
        type,
        value: option.value,
        checked: picked.includes(option.value),
        'aria-describedby': option.hint ? `${id}-item-hint` : undefined,
      });
      const itemHint = option.hint
        ? `<div class="govuk-hint ${prefix}__hint" id="${id}-item-hint">${escapeHtml(option.hint)}</div>`
        : '';
      return `<div class="${prefix}__item"><input${control}><label class="govuk-label ${prefix}__label" for="${id}">${escapeHtml(option.label)}</label>${itemHint}</div>`;
    })
    .join('');
}

export function renderFieldHtml(field: FormField, value: PostedValue, error?: FieldError): string {
  const id = inputId(field.name);
  const view = viewOf(field);
  switch (view.control) {
    case 'input': {
      const control = attributes({
        class: classes('govuk-input', view.className, error && 'govuk-input--error'),
        id,
        name: field.name,
        type: view.type,
        value: text(value),
        inputmode: view.inputmode,
        spellcheck: view.spellcheck === false ? 'false' : undefined,
        autocomplete: view.autocomplete,
        'aria-describedby': describedBy(id, field, error),
        ...prefillAttribute(field),
      });
      return labelled(field, error, `<input${control}>`);
    }
    case 'textarea': {
      const control = attributes({
        class: classes('govuk-textarea', error && 'govuk-textarea--error'),
        id,
        name: field.name,
        rows: view.rows,
        'aria-describedby': describedBy(id, field, error),
        ...prefillAttribute(field),
      });
      return labelled(field, error, `<textarea${control}>${escapeHtml(text(value))}</textarea>`);
    }
    case 'hidden':
      return `<input${attributes({ type: 'hidden', id, name: field.name, value: text(value), ...prefillAttribute(field) })}>`;
    case 'parts':
      return view.layout === 'date'
        ? fieldset(
            field,
            error,
            `<div class="govuk-date-input" id="${id}">${parts(field, value, error, view.parts, true)}</div>`,
            ' role="group"',
          )
        : fieldset(field, error, parts(field, value, error, view.parts, false));
    case 'choices': {
      const prefix = view.type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
      return fieldset(
        field,
        error,
        `<div class="${classes(prefix, view.inline && 'govuk-radios--inline')}">${choices(field, view.options, value, view.type)}</div>`,
      );
    }
    case 'select': {
      const current = text(value);
      const options = [{ value: '', label: view.placeholder }, ...view.options]
        .map(
          (option) =>
            `<option${attributes({ value: option.value, selected: option.value === current })}>${escapeHtml(option.label)}</option>`,
        )
        .join('');
      const control = attributes({
        class: classes('govuk-select', error && 'govuk-select--error'),
        id,
        name: field.name,
        'aria-describedby': describedBy(id, field, error),
      });
      return labelled(field, error, `<select${control}>${options}</select>`);
    }
    case 'file': {
      const control = attributes({
        class: classes('govuk-file-upload', error && 'govuk-file-upload--error'),
        id,
        name: field.name,
        type: 'file',
        accept: view.accept,
        'aria-describedby': describedBy(id, field, error, `${id}-limits`),
      });
      return labelled(
        field,
        error,
        `<input${control}>`,
        `<div class="govuk-hint" id="${id}-limits">${escapeHtml(view.limits)}</div>`,
      );
    }
    default:
      return assertNever(view);
  }
}
