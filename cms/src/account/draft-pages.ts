import { randomBytes } from 'node:crypto';
import {
  dateAndTime,
  draftPaths,
  escapeHtml as e,
  longDateOf,
  renderNoScriptFormHtml,
  sitePaths,
  type FormDefinition,
} from '@doorstep/domain';
import { siteUrl } from '../forms/html-page';
import type { Draft } from './drafts';
import { ACCOUNT_PATHS, type Page } from './pages';

/**
 * The pages of save and come back later (GOV.UK's save progress pattern), drawn
 * like the account's own (pages.ts): every step works without JavaScript.
 */
const column = (html: string) =>
  `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${html}</div></div>`;
const hidden = (name: string, value: string) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`;
const button = (text: string, secondary = false) =>
  `<button type="submit" class="govuk-button${secondary ? ' govuk-button--secondary' : ''}" data-module="govuk-button">${e(text)}</button>`;
const form = (action: string, token: string, inner: string) =>
  `<form method="post" action="${e(action)}" novalidate>${hidden('formToken', token)}${inner}</form>`;
const until = (at: number) => e(longDateOf(new Date(at)));
const formAddress = (slug: string) => `${siteUrl()}${sitePaths.form(slug)}`;

function errorSummary(field: string, error: string | undefined): string {
  if (!error) return '';
  return (
    `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">` +
    `<h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body">` +
    `<ul class="govuk-list govuk-error-summary__list"><li><a href="#${field}">${e(error)}</a></li></ul></div></div></div>`
  );
}

function textInput(name: string, label: string, hint: string, value: string, error?: string, email = false): string {
  return (
    `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">` +
    `<label class="govuk-label govuk-label--m" for="${name}">${e(label)}</label>` +
    `<div id="${name}-hint" class="govuk-hint">${e(hint)}</div>` +
    (error
      ? `<p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(error)}</p>`
      : '') +
    `<input class="govuk-input${email ? '' : ' govuk-input--width-10'}${error ? ' govuk-input--error' : ''}" id="${name}" name="${name}" ` +
    `type="${email ? 'email' : 'text'}" value="${e(value)}" spellcheck="false" ` +
    (email ? 'autocomplete="email"' : 'autocomplete="one-time-code" inputmode="numeric"') +
    ` aria-describedby="${name}-hint${error ? ` ${name}-error` : ''}"></div>`
  );
}

/** Signed in: the answers are in the account. */
export function savedPage(draft: Draft): Page {
  return {
    title: 'Your answers have been saved',
    main: column(
      `<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Your answers have been saved</h1></div>` +
        `<p class="govuk-body">We have saved your answers to ‘${e(draft.formTitle)}’ in your account until ${until(draft.expiresAt)}. ` +
        `You can come back to the form on any device by signing in. Files are not saved: choose them again when you come back.</p>` +
        `<p class="govuk-body"><a class="govuk-link" href="${e(ACCOUNT_PATHS.form(draft.formSlug))}">Go back to the form</a></p>` +
        `<p class="govuk-body"><a class="govuk-link" href="${ACCOUNT_PATHS.home}">Go to your account</a></p>`,
    ),
  };
}

export interface GuestEmailData {
  definition: Pick<FormDefinition, 'slug' | 'title'>;
  /** The answers so far, as JSON, carried in the page so nothing given is lost. */
  answers: string;
  email?: string;
  error?: string;
}

/** Not signed in: an email address for the link and code. No account is made. */
export function guestEmailPage(token: string, { definition, answers, email = '', error }: GuestEmailData): Page {
  return {
    title: 'Save your answers and come back later',
    error: Boolean(error),
    backHref: formAddress(definition.slug),
    main: column(
      errorSummary('email', error) +
        `<span class="govuk-caption-l">${e(definition.title)}</span>` +
        `<h1 class="govuk-heading-l">Save your answers and come back later</h1>` +
        `<p class="govuk-body">We will email you a link and a code to come back to this form, on this or any other device. ` +
        `We do not make an account for you. Files are not saved: choose them again when you come back.</p>` +
        form(
          draftPaths.guest(definition.slug),
          token,
          hidden('answers', answers) +
            textInput('email', 'Email address', 'We only use it to send you the link.', email, error, true) +
            button('Save and send the link'),
        ) +
        `<p class="govuk-body"><a class="govuk-link" href="${ACCOUNT_PATHS.signIn}">Sign in instead</a> to save forms in your account.</p>`,
    ),
  };
}

export function guestSentPage(email: string, draft: Draft): Page {
  return {
    title: 'Check your email',
    main: column(
      `<h1 class="govuk-heading-l">Check your email</h1>` +
        `<p class="govuk-body">We have saved your answers to ‘${e(draft.formTitle)}’ and sent a link and a code to <strong>${e(email)}</strong>.</p>` +
        `<p class="govuk-body">The link works once, until ${until(draft.expiresAt)}. After that we delete your answers.</p>` +
        `<p class="govuk-body">It can take a few minutes, and it may be in your spam or junk folder.</p>`,
    ),
  };
}

/** The emailed link's page: a button posts the code, so a mail scanner opening the link spends nothing. */
export function resumePage(
  token: string,
  { draft, code, error }: { draft: string; code?: string; error?: string },
): Page {
  const withCode = Boolean(code) && !error;
  return {
    title: 'Go back to your saved form',
    error: Boolean(error),
    main: column(
      errorSummary('code', error) +
        `<h1 class="govuk-heading-l">Go back to your saved form</h1>` +
        form(
          draftPaths.resume,
          token,
          hidden('draft', draft) +
            (withCode
              ? `<p class="govuk-body">Press Continue to go back to the answers you saved. The link works once.</p>${hidden('code', code ?? '')}`
              : textInput('code', 'Code', 'The 6 numbers in the email, like 123456', '', error)) +
            button('Continue'),
        ),
    ),
  };
}

/** The form with the saved answers in it, from the account or a guest's link. */
export function resumedFormPage(definition: FormDefinition, values: Record<string, unknown>, note: string): Page {
  const html = renderNoScriptFormHtml(definition, {
    action: `${siteUrl()}${sitePaths.formSubmissions(definition.slug)}`,
    values,
    idempotencyKey: randomBytes(16).toString('hex'),
  });
  return {
    title: definition.title,
    backHref: formAddress(definition.slug),
    main: column(
      `<h1 class="govuk-heading-l">${e(definition.title)}</h1><div class="govuk-inset-text">${e(note)}</div>${html}`,
    ),
  };
}

/** The account home's list: each form with a way back to it and a way to delete it. */
export function draftsSection(token: string, drafts: readonly Draft[]): string {
  if (drafts.length === 0) return '';
  const rows = drafts
    .map(
      (draft) =>
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${e(draft.formTitle)}</dt>` +
        `<dd class="govuk-summary-list__value">Saved ${e(dateAndTime(new Date(draft.savedAt).toISOString()))}. Deleted after ${until(draft.expiresAt)}.</dd>` +
        `<dd class="govuk-summary-list__actions"><ul class="govuk-summary-list__actions-list">` +
        `<li class="govuk-summary-list__actions-list-item"><a class="govuk-link" href="${e(ACCOUNT_PATHS.form(draft.formSlug))}">Continue<span class="govuk-visually-hidden"> ${e(draft.formTitle)}</span></a></li>` +
        `<li class="govuk-summary-list__actions-list-item">` +
        `<form method="post" action="${e(draftPaths.remove(draft.formSlug))}" novalidate>${hidden('formToken', token)}` +
        `<button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Delete<span class="govuk-visually-hidden"> ${e(draft.formTitle)}</span></button></form></li>` +
        `</ul></dd></div>`,
    )
    .join('');
  return `<h2 class="govuk-heading-m">Forms you have not finished</h2><dl class="govuk-summary-list">${rows}</dl>`;
}

export const resumeNote = {
  account: (draft: Draft) =>
    `These are the answers you saved on ${dateAndTime(new Date(draft.savedAt).toISOString())}. Check them, then send the form or save it again.`,
  guest:
    'These are the answers you saved. The link you used has now been used up: to come back again, press Save and come back later.',
};
