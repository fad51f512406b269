import { autocompleteFor } from '../autocomplete.js';
import type { FieldOption, FormField } from '../definition.js';
import { describeFileTypes } from '../messages.js';
import { inputId, inputName } from '../form-post.js';
import { attributes, classes, escapeHtml } from './escape.js';
import { prefillAttribute } from './prefill.js';

/**
 * One question as GOV.UK Design System markup, for the form that works without
 * JavaScript (the static page and the CMS's answer to a posted form). The form
 * runner island draws the same components in React; the e2e and axe tests hold
 * both to the same behaviour.
 */
export interface FieldError {
  message: string;
  part: string | null;
}

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

function describedBy(id: string, field: FormField, error: FieldError | undefined): string | undefined {
  return [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

const optionalSuffix = (field: FormField) => (field.optional ? ' (optional)' : '');

function group(error: FieldError | undefined, inner: string): string {
  return `<div class="${classes('govuk-form-group', error && 'govuk-form-group--error')}">${inner}</div>`;
}

function fieldset(field: FormField, id: string, error: FieldError | undefined, inner: string, role = ''): string {
  return group(
    error,
    `<fieldset class="govuk-fieldset"${role}${attributes({ 'aria-describedby': describedBy(id, field, error) })}>` +
      `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${escapeHtml(field.label)}${optionalSuffix(field)}</legend>` +
      `${hint(id, field)}${errorMessage(id, error)}${inner}</fieldset>`,
  );
}

function input(
  field: FormField,
  value: PostedValue,
  error: FieldError | undefined,
  extra: { type?: string; className?: string; inputmode?: string; spellcheck?: boolean } = {},
): string {
  const id = inputId(field.name);
  const control = attributes({
    class: classes('govuk-input', extra.className, error && 'govuk-input--error'),
    id,
    name: field.name,
    type: extra.type ?? 'text',
    value: text(value),
    inputmode: extra.inputmode,
    spellcheck: extra.spellcheck === false ? 'false' : undefined,
    autocomplete: autocompleteFor(field),
    'aria-describedby': describedBy(id, field, error),
    ...prefillAttribute(field),
  });
  return group(
    error,
    `<label class="govuk-label govuk-label--s" for="${id}">${escapeHtml(field.label)}${optionalSuffix(field)}</label>` +
      `${hint(id, field)}${errorMessage(id, error)}<input${control}>`,
  );
}

function parts(
  field: FormField,
  value: PostedValue,
  error: FieldError | undefined,
  items: Array<{ part: string; label: string; className: string; inputmode?: string }>,
  wrapper: (inner: string) => string,
): string {
  return items
    .map(({ part, label, className, inputmode }) => {
      const id = inputId(field.name, part);
      const control = attributes({
        class: classes('govuk-input', className, error && 'govuk-input--error'),
        id,
        name: inputName(field.name, part),
        type: 'text',
        value: partOf(value, part),
        inputmode,
        autocomplete: autocompleteFor(field, part),
      });
      return wrapper(`<label class="govuk-label" for="${id}">${label}</label><input${control}>`);
    })
    .join('');
}

function choices(field: FormField, options: FieldOption[], value: PostedValue, type: 'radio' | 'checkbox'): string {
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
  switch (field.kind) {
    case 'short-text':
      return input(field, value, error);
    case 'email':
      return input(field, value, error, { type: 'email', spellcheck: false });
    case 'uk-phone':
      return input(field, value, error, { type: 'tel', className: 'govuk-input--width-20' });
    case 'uk-postcode':
      return input(field, value, error, { className: 'govuk-input--width-10' });
    case 'number':
      return input(field, value, error, {
        className: 'govuk-input--width-10',
        inputmode: field.wholeNumber ? 'numeric' : 'decimal',
      });
    case 'hidden':
      return `<input${attributes({ type: 'hidden', id, name: field.name, value: text(value), ...prefillAttribute(field) })}>`;
    case 'long-text': {
      const control = attributes({
        class: classes('govuk-textarea', error && 'govuk-textarea--error'),
        id,
        name: field.name,
        rows: 5,
        'aria-describedby': describedBy(id, field, error),
        ...prefillAttribute(field),
      });
      return group(
        error,
        `<label class="govuk-label govuk-label--s" for="${id}">${escapeHtml(field.label)}${optionalSuffix(field)}</label>` +
          `${hint(id, field)}${errorMessage(id, error)}<textarea${control}>${escapeHtml(text(value))}</textarea>`,
      );
    }
    case 'uk-address':
      return fieldset(
        field,
        id,
        error,
        parts(
          field,
          value,
          error,
          [
            { part: 'line1', label: 'Address line 1', className: '' },
            { part: 'line2', label: 'Address line 2 (optional)', className: '' },
            { part: 'town', label: 'Town or city', className: 'govuk-!-width-two-thirds' },
            { part: 'postcode', label: 'Postcode', className: 'govuk-input--width-10' },
          ],
          (inner) => `<div class="govuk-form-group">${inner}</div>`,
        ),
      );
    case 'date':
      return fieldset(
        field,
        id,
        error,
        `<div class="govuk-date-input" id="${id}">${parts(
          field,
          value,
          error,
          [
            {
              part: 'day',
              label: 'Day',
              className: 'govuk-date-input__input govuk-input--width-2',
              inputmode: 'numeric',
            },
            {
              part: 'month',
              label: 'Month',
              className: 'govuk-date-input__input govuk-input--width-2',
              inputmode: 'numeric',
            },
            {
              part: 'year',
              label: 'Year',
              className: 'govuk-date-input__input govuk-input--width-4',
              inputmode: 'numeric',
            },
          ],
          (inner) =>
            `<div class="govuk-date-input__item"><div class="govuk-form-group">${inner.replace('class="govuk-label"', 'class="govuk-label govuk-date-input__label"')}</div></div>`,
        )}</div>`,
        ' role="group"',
      );
    case 'yes-no':
      return fieldset(
        field,
        id,
        error,
        `<div class="govuk-radios govuk-radios--inline">${choices(
          field,
          [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
          value,
          'radio',
        )}</div>`,
      );
    case 'radios':
      return fieldset(
        field,
        id,
        error,
        `<div class="govuk-radios">${choices(field, field.options, value, 'radio')}</div>`,
      );
    case 'checkboxes':
      return fieldset(
        field,
        id,
        error,
        `<div class="govuk-checkboxes">${choices(field, field.options, value, 'checkbox')}</div>`,
      );
    case 'select': {
      const current = text(value);
      const options = [{ value: '', label: 'Choose one' }, ...field.options]
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
      return group(
        error,
        `<label class="govuk-label govuk-label--s" for="${id}">${escapeHtml(field.label)}${optionalSuffix(field)}</label>` +
          `${hint(id, field)}${errorMessage(id, error)}<select${control}>${options}</select>`,
      );
    }
    case 'file': {
      const limit = `${Math.round((field.maxBytes / 1024 / 1024) * 10) / 10}MB`;
      const control = attributes({
        class: classes('govuk-file-upload', error && 'govuk-file-upload--error'),
        id,
        name: field.name,
        type: 'file',
        accept: field.accept.join(','),
        'aria-describedby': [field.hint && `${id}-hint`, `${id}-limits`, error && `${id}-error`]
          .filter(Boolean)
          .join(' '),
      });
      return group(
        error,
        `<label class="govuk-label govuk-label--s" for="${id}">${escapeHtml(field.label)}${optionalSuffix(field)}</label>` +
          `${hint(id, field)}<div class="govuk-hint" id="${id}-limits">${escapeHtml(describeFileTypes(field.accept))}, smaller than ${limit}</div>` +
          `${errorMessage(id, error)}<input${control}>`,
      );
    }
  }
}
