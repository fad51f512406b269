import { textWithLinks } from '../text-links.js';
import { allFields, type Condition, type FormDefinition, type FormPage } from '../definition.js';
import { inputId } from '../form-post.js';
import { attributes, escapeHtml } from './escape.js';
import { POSTED, type AnswerProblem, type FieldError } from '../protocol.js';
import { renderFieldHtml } from './fields.js';
import { SAVE_ACTION, SAVE_ACTION_FIELD } from '../drafts.js';

/**
 * The whole form on one page, for residents without JavaScript: every question
 * page as a section, pages that depend on an answer say which, exit pages say
 * when they apply. It posts to the submission endpoint, which answers with the
 * confirmation, or with this same form showing the errors and keeping the answers.
 */
export interface NoScriptFormOptions {
  /** Where the form posts: the submission endpoint. */
  action: string;
  /** Answers as posted, to fill the form in again after an error. */
  values?: Readonly<Record<string, unknown>>;
  /** Problems from the answers schema, shown in the error summary and at each question. */
  errors?: readonly AnswerProblem[];
  /** A fresh key per rendering, so a resubmitted page is not stored twice. */
  idempotencyKey?: string;
  /** Already-escaped HTML before the Send button (the account's "save these details" choice). */
  beforeSend?: string;
}

/** GOV.UK error summary: each message links to the input it is about. */
export function renderErrorSummaryHtml(errors: readonly AnswerProblem[]): string {
  if (errors.length === 0) return '';
  const items = errors
    .map((error) => {
      const target = error.field ? `#${inputId(error.field, error.part)}` : '#form-answers';
      return `<li><a href="${escapeHtml(target)}">${escapeHtml(error.message)}</a></li>`;
    })
    .join('');
  return (
    '<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1" id="error-summary"><div role="alert">' +
    '<h2 class="govuk-error-summary__title">There is a problem</h2>' +
    `<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items}</ul></div></div></div>`
  );
}

/** "Answer this if you chose ‘Something else’ for ‘What is the problem?’" */
function conditionText(definition: Pick<FormDefinition, 'pages'>, conditions: readonly Condition[]): string {
  const fields = allFields(definition);
  return conditions
    .map((condition) => {
      const field = fields.find((candidate) => candidate.name === condition.field);
      const option =
        field && 'options' in field ? field.options.find((candidate) => candidate.value === condition.equals) : null;
      const answer =
        option?.label ?? (condition.equals === 'yes' ? 'Yes' : condition.equals === 'no' ? 'No' : condition.equals);
      return `you answered ‘${answer}’ to ‘${field?.label ?? condition.field}’`;
    })
    .join(' and ');
}

/** Running text with its addresses as links (text-links.ts), escaped. */
export const textWithLinksHtml = (text: string): string =>
  textWithLinks(text)
    .map((part) =>
      'href' in part
        ? `<a class="govuk-link" href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>`
        : escapeHtml(part.text),
    )
    .join('');

function renderPage(
  definition: Pick<FormDefinition, 'pages'>,
  page: FormPage,
  values: Readonly<Record<string, unknown>>,
  errors: ReadonlyMap<string, FieldError>,
): string {
  const when = page.showIf.length > 0 ? conditionText(definition, page.showIf) : '';
  if (page.kind === 'exit') {
    return (
      `<div class="govuk-inset-text"><p class="govuk-body"><strong>If ${escapeHtml(when)}: ${escapeHtml(page.title)}</strong></p>` +
      `<p class="govuk-body">${textWithLinksHtml(page.body)}</p></div>`
    );
  }
  const visible = page.fields.filter((field) => field.kind !== 'hidden');
  const heading = page.title ?? (visible.length === 1 ? null : 'Questions');
  const fields = page.fields
    .map((field) => renderFieldHtml(field, values[field.name], errors.get(field.name)))
    .join('');
  return (
    `<section class="app-form-section"${attributes({ 'aria-labelledby': heading ? `page-${page.id}` : undefined })}>` +
    (heading ? `<h2 class="govuk-heading-m" id="page-${escapeHtml(page.id)}">${escapeHtml(heading)}</h2>` : '') +
    (when ? `<p class="govuk-body">Answer these questions only if ${escapeHtml(when)}.</p>` : '') +
    `${fields}</section>`
  );
}

export function renderNoScriptFormHtml(definition: FormDefinition, options: NoScriptFormOptions): string {
  const values = options.values ?? {};
  const errors = new Map<string, FieldError>();
  for (const error of options.errors ?? []) {
    if (error.field && !errors.has(error.field)) errors.set(error.field, { message: error.message, part: error.part });
  }
  const hasFile = allFields(definition).some((field) => field.kind === 'file');
  const pages = definition.pages.map((page) => renderPage(definition, page, values, errors)).join('');
  const formAttributes = attributes({
    id: 'form-answers',
    method: 'post',
    action: options.action,
    enctype: hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded',
    novalidate: true,
  });
  return (
    renderErrorSummaryHtml(options.errors ?? []) +
    `<form${formAttributes}>` +
    (options.idempotencyKey
      ? `<input${attributes({ type: 'hidden', name: POSTED.idempotencyKey, value: options.idempotencyKey })}>`
      : '') +
    `${pages}${options.beforeSend ?? ''}<div class="govuk-button-group">` +
    '<button type="submit" class="govuk-button" data-module="govuk-button">Send</button>' +
    // GOV.UK's save progress pattern: a secondary button; Send stays first, so Enter sends.
    `<button${attributes({ type: 'submit', name: SAVE_ACTION_FIELD, value: SAVE_ACTION, class: 'govuk-button govuk-button--secondary', 'data-module': 'govuk-button' })}>Save and come back later</button>` +
    '</div></form>'
  );
}
