import { dateAndTime, escapeHtml as e, longDate, longDateOf } from '@doorstep/domain';
import type { RequestDetail, RequestSummary } from './requests';
import type { Resident } from './residents';
import type { Draft } from './drafts';
import { draftsSection } from './draft-pages';
import { alertsSection } from '../alerts/account-section';
import type { Subscription } from '../alerts/subscriptions';

/**
 * The account's pages, server-rendered in the site's look (forms/html-page.ts):
 * every step works without JavaScript. Paths are the site's (`/account/…`), which the
 * site server passes to the CMS.
 */
export const ACCOUNT_PATHS = {
  home: '/account/',
  signIn: '/account/sign-in',
  verify: '/account/verify',
  continue: '/account/continue',
  signOut: '/account/sign-out',
  signOutEverywhere: '/account/sign-out-everywhere',
  attach: '/account/requests/attach',
  request: (reference: string) => `/account/requests/${encodeURIComponent(reference)}`,
  details: '/account/details',
  data: '/account/data',
  dataJson: '/account/data.json',
  delete: '/account/delete',
  form: (slug: string) => `/account/forms/${encodeURIComponent(slug)}`,
  oidcStart: '/account/oidc/start',
} as const;

export interface Page {
  title: string;
  main: string;
  error?: boolean;
  backHref?: string;
}

export interface FieldError {
  field: string;
  message: string;
}

const column = (html: string) =>
  `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${html}</div></div>`;

function errorSummary(errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((error) => `<li><a href="#${e(error.field)}">${e(error.message)}</a></li>`).join('');
  return (
    `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">` +
    `<h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body">` +
    `<ul class="govuk-list govuk-error-summary__list">${items}</ul></div></div></div>`
  );
}

interface InputOptions {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  width?: string;
  heading?: boolean;
}

function input(options: InputOptions): string {
  const { name, label, value = '', hint, error, type = 'text', autocomplete, inputmode, width, heading } = options;
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const labelHtml = `<label class="govuk-label${heading ? ' govuk-label--l' : ''}" for="${name}">${e(label)}</label>`;
  return (
    `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">` +
    (heading ? `<h1 class="govuk-label-wrapper">${labelHtml}</h1>` : labelHtml) +
    (hint ? `<div id="${name}-hint" class="govuk-hint">${e(hint)}</div>` : '') +
    (error
      ? `<p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(error)}</p>`
      : '') +
    `<input class="govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}" ` +
    `id="${name}" name="${name}" type="${type}" value="${e(value)}"` +
    (autocomplete ? ` autocomplete="${autocomplete}"` : '') +
    (inputmode ? ` inputmode="${inputmode}"` : '') +
    (type === 'email' || inputmode === 'numeric' ? ' spellcheck="false"' : '') +
    (described ? ` aria-describedby="${described}"` : '') +
    `></div>`
  );
}

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${e(value)}">`;
const button = (text: string, secondary = false) =>
  `<button type="submit" class="govuk-button${secondary ? ' govuk-button--secondary' : ''}" data-module="govuk-button">${e(text)}</button>`;

function form(action: string, token: string, inner: string): string {
  return `<form method="post" action="${e(action)}" novalidate>${hidden('formToken', token)}${inner}</form>`;
}

/** The other way in, when the council has set up OpenID Connect (oidc/config.ts): a link styled as a button. */
function oidcButton(name: string, next: string): string {
  const href = next
    ? `${ACCOUNT_PATHS.oidcStart}?${new URLSearchParams({ next }).toString()}`
    : ACCOUNT_PATHS.oidcStart;
  return (
    `<h2 class="govuk-heading-m">Or sign in with ${e(name)}</h2>` +
    `<a href="${e(href)}" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">` +
    `Sign in with ${e(name)}</a>`
  );
}

export function signInPage(
  token: string,
  {
    email = '',
    error,
    next = '',
    oidcName,
  }: { email?: string; error?: string; next?: string; oidcName?: string | undefined },
): Page {
  return {
    title: 'Sign in to your account',
    error: Boolean(error),
    main: column(
      errorSummary(error ? [{ field: 'email', message: error }] : []) +
        form(
          ACCOUNT_PATHS.signIn,
          token,
          input({
            name: 'email',
            label: 'Sign in to your account',
            heading: true,
            type: 'email',
            autocomplete: 'email',
            value: email,
            error,
            hint: 'Enter your email address and we will email you a code to sign in. If you have not signed in before, this makes your account.',
          }) +
            (next ? hidden('next', next) : '') +
            button('Email me a code'),
        ) +
        (oidcName ? oidcButton(oidcName, next) : '') +
        `<p class="govuk-body">You do not need an account to report something or to fill in a form. ` +
        `With one you can see every request you make and where it is, save a form and finish it later on any device, and have your details filled in.</p>`,
    ),
  };
}

export function checkEmailPage(
  token: string,
  { email, error, next = '' }: { email: string; error?: string; next?: string },
): Page {
  return {
    title: 'Check your email',
    error: Boolean(error),
    backHref: ACCOUNT_PATHS.signIn,
    main: column(
      errorSummary(error ? [{ field: 'code', message: error }] : []) +
        `<h1 class="govuk-heading-l">Check your email</h1>` +
        `<p class="govuk-body">We have sent a code to <strong>${e(email)}</strong>. It works once, for 15 minutes. ` +
        `The email also has a link you can use instead.</p>` +
        form(
          ACCOUNT_PATHS.verify,
          token,
          hidden('email', email) +
            (next ? hidden('next', next) : '') +
            input({
              name: 'code',
              label: 'Code',
              hint: 'The 6 numbers in the email, like 123456',
              error,
              autocomplete: 'one-time-code',
              inputmode: 'numeric',
              width: '10',
            }) +
            button('Continue'),
        ) +
        `<h2 class="govuk-heading-m">Not got the email?</h2>` +
        `<p class="govuk-body">It can take a few minutes, and it may be in your spam or junk folder.</p>` +
        form(ACCOUNT_PATHS.signIn, token, hidden('email', email) + button('Send a new code', true)) +
        `<p class="govuk-body"><a class="govuk-link" href="${ACCOUNT_PATHS.signIn}">Use a different email address</a></p>`,
    ),
  };
}

/** The emailed link's page: a button posts the code, so a mail scanner opening the link spends nothing. */
export function continuePage(token: string, { email, code }: { email: string; code: string }): Page {
  return {
    title: 'Sign in',
    main: column(
      `<h1 class="govuk-heading-l">Sign in</h1>` +
        `<p class="govuk-body">Press Continue to sign in as <strong>${e(email)}</strong>.</p>` +
        form(ACCOUNT_PATHS.verify, token, hidden('email', email) + hidden('code', code) + button('Continue')),
    ),
  };
}

function statusTag(request: RequestSummary): string {
  const colour: Record<string, string> = {
    received: 'govuk-tag--blue',
    'in-progress': 'govuk-tag--light-blue',
    'waiting-for-resident': 'govuk-tag--orange',
    resolved: 'govuk-tag--green',
    closed: 'govuk-tag--grey',
  };
  return `<strong class="govuk-tag ${colour[request.status] ?? ''}">${e(request.statusText)}</strong>`;
}

function replyBy(request: RequestSummary): string {
  return `${e(longDate(request.replyBy))}${request.late ? ' <strong class="govuk-tag govuk-tag--red">Late</strong>' : ''}`;
}

/**
 * The resident's requests as GOV.UK summary cards, one a request: they read on a phone
 * at 320 pixels without scrolling sideways, as a five-column table would not.
 */
function requestsTable(requests: readonly RequestSummary[]): string {
  const heading = '<h2 class="govuk-heading-m">Your requests</h2>';
  if (requests.length === 0) {
    return `${heading}<p class="govuk-body">You have not sent any requests while signed in yet.</p>`;
  }
  const row = (key: string, value: string) =>
    `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`;
  const cards = requests
    .map(
      (request) =>
        `<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper">` +
        `<h3 class="govuk-summary-card__title"><a class="govuk-link" href="${e(ACCOUNT_PATHS.request(request.reference))}">` +
        `${e(request.formTitle)}<span class="govuk-visually-hidden"> (${e(request.reference)})</span></a></h3></div>` +
        `<div class="govuk-summary-card__content"><dl class="govuk-summary-list">` +
        row('Reference', e(request.reference)) +
        row('Sent', e(longDateOf(request.submittedAt))) +
        row('Status', statusTag(request)) +
        row('Reply by', replyBy(request)) +
        `</dl></div></div>`,
    )
    .join('');
  return heading + cards;
}

export interface HomeData {
  resident: Resident;
  requests: readonly RequestSummary[];
  guestReferences: readonly string[];
  attached?: number;
  /** Forms the resident saved and has not sent. */
  drafts?: readonly Draft[];
  /** The personal panel (home-panel.ts), first on the page. */
  panel?: string;
  /** The email alerts the resident gets (cms/src/alerts). */
  alerts?: readonly Subscription[];
}

export function accountHomePage(
  token: string,
  { resident, requests, guestReferences, attached, drafts = [], panel = '', alerts = [] }: HomeData,
): Page {
  const offer =
    guestReferences.length > 0
      ? `<div class="govuk-notification-banner" role="region" aria-labelledby="earlier-title" data-module="govuk-notification-banner">` +
        `<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="earlier-title">Important</h2></div>` +
        `<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">` +
        `You sent ${guestReferences.length === 1 ? '1 earlier request' : `${guestReferences.length} earlier requests`} with ${e(resident.email)} without signing in ` +
        `(${guestReferences.map(e).join(', ')}).</p>` +
        form(ACCOUNT_PATHS.attach, token, button('Add them to your account')) +
        `</div></div>`
      : '';
  const done =
    attached !== undefined
      ? `<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="attached-title" data-module="govuk-notification-banner">` +
        `<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="attached-title">Success</h2></div>` +
        `<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">` +
        `${attached === 1 ? '1 request was' : `${attached} requests were`} added to your account.</p></div></div>`
      : '';
  return {
    title: 'Your account',
    main:
      `<div class="govuk-grid-row"><div class="govuk-grid-column-full">${done}${offer}` +
      `<h1 class="govuk-heading-l">Your account</h1>` +
      `<p class="govuk-body">Signed in as <strong>${e(resident.email)}</strong>.</p>` +
      panel +
      draftsSection(token, drafts) +
      requestsTable(requests) +
      alertsSection(token, alerts) +
      `<h2 class="govuk-heading-m">Your account</h2><ul class="govuk-list">` +
      `<li><a class="govuk-link" href="${ACCOUNT_PATHS.details}">Your details</a></li>` +
      `<li><a class="govuk-link" href="${ACCOUNT_PATHS.data}">Your data: see it, download it or delete your account</a></li>` +
      `</ul>` +
      form(ACCOUNT_PATHS.signOut, token, button('Sign out', true)) +
      form(ACCOUNT_PATHS.signOutEverywhere, token, button('Sign out of every device', true)) +
      `</div></div>`,
  };
}

export function requestPage(request: RequestDetail): Page {
  const answers = request.answers
    .map(
      (line) =>
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${e(line.question)}</dt>` +
        `<dd class="govuk-summary-list__value">${line.answer.map(e).join('<br>')}</dd></div>`,
    )
    .join('');
  const updates = [...request.updates]
    .reverse()
    .map(
      (update) =>
        `<li><h3 class="govuk-heading-s govuk-!-margin-bottom-1">${e(update.statusText)}</h3>` +
        `<p class="govuk-body-s govuk-!-margin-bottom-1">${e(dateAndTime(update.at))}</p>` +
        (update.message ? `<p class="govuk-body">${e(update.message)}</p>` : '') +
        `</li>`,
    )
    .join('');
  return {
    title: `${request.formTitle}: ${request.reference}`,
    backHref: ACCOUNT_PATHS.home,
    main: column(
      `<span class="govuk-caption-l">${e(request.reference)}</span>` +
        `<h1 class="govuk-heading-l">${e(request.formTitle)}</h1>` +
        `<dl class="govuk-summary-list">` +
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${statusTag(request)}</dd></div>` +
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Sent</dt><dd class="govuk-summary-list__value">${e(dateAndTime(request.submittedAt))}</dd></div>` +
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reply by</dt><dd class="govuk-summary-list__value">${replyBy(request)}</dd></div>` +
        `</dl>` +
        `<h2 class="govuk-heading-m">What the council has said</h2><ol class="govuk-list">${updates}</ol>` +
        `<h2 class="govuk-heading-m">What you sent</h2><dl class="govuk-summary-list">${answers}</dl>`,
    ),
  };
}

export function messagePage(title: string, message: string, error = false): Page {
  return {
    title,
    error,
    main: column(
      `<h1 class="govuk-heading-l">${e(title)}</h1><p class="govuk-body">${e(message)}</p>` +
        `<p class="govuk-body"><a class="govuk-link" href="${ACCOUNT_PATHS.home}">Go to your account</a></p>`,
    ),
  };
}

export interface DataExport {
  account: { email: string; name: string; phone: string; address: Resident['address']; createdAt: string };
  sessions: Array<{ startedAt: string; lastUsedAt: string }>;
  requests: Array<RequestSummary & { answers: RequestDetail['answers']; updates: RequestDetail['updates'] }>;
  savedForms: Array<{ form: string; savedAt: string; deletedAfter: string }>;
  alerts: Array<{ street: string; howOften: string; since: string }>;
}

const summaryRow = (key: string, value: string) =>
  `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${e(key)}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`;

const addressLines = (address: Resident['address']) =>
  [address.line1, address.line2, address.town, address.postcode].filter(Boolean).map(e).join('<br>') || 'Not given';

/** Everything the account holds, readable; the JSON download has the same. */
export function dataPage(token: string, data: DataExport): Page {
  const requests = data.requests
    .map(
      (request) =>
        `<h3 class="govuk-heading-s">${e(request.reference)}: ${e(request.formTitle)}</h3><dl class="govuk-summary-list">` +
        request.answers.map((line) => summaryRow(line.question, line.answer.map(e).join('<br>'))).join('') +
        summaryRow('Status', e(request.statusText)) +
        `</dl>`,
    )
    .join('');
  return {
    title: 'Your data',
    backHref: ACCOUNT_PATHS.home,
    main: column(
      `<h1 class="govuk-heading-l">Your data</h1>` +
        `<p class="govuk-body">This is everything your account holds. <a class="govuk-link" href="${ACCOUNT_PATHS.dataJson}" download="your-account.json">Download it as a file (JSON)</a>.</p>` +
        `<h2 class="govuk-heading-m">Your details</h2><dl class="govuk-summary-list">` +
        summaryRow('Email address', e(data.account.email)) +
        summaryRow('Name', e(data.account.name || 'Not given')) +
        summaryRow('Phone number', e(data.account.phone || 'Not given')) +
        summaryRow('Address', addressLines(data.account.address)) +
        summaryRow('Account made', e(dateAndTime(data.account.createdAt))) +
        `</dl>` +
        `<h2 class="govuk-heading-m">Where you are signed in</h2>` +
        `<p class="govuk-body">${data.sessions.length === 1 ? '1 device' : `${data.sessions.length} devices`}.</p>` +
        `<h2 class="govuk-heading-m">Your requests</h2>` +
        (requests || '<p class="govuk-body">None.</p>') +
        `<h2 class="govuk-heading-m">Forms you have saved</h2>` +
        (data.savedForms.length
          ? `<ul class="govuk-list">${data.savedForms.map((saved) => `<li>${e(saved.form)}, saved ${e(dateAndTime(saved.savedAt))}</li>`).join('')}</ul>`
          : '<p class="govuk-body">None.</p>') +
        `<h2 class="govuk-heading-m">Email alerts</h2>` +
        (data.alerts.length
          ? `<ul class="govuk-list">${data.alerts.map((alert) => `<li>${e(alert.street)}: ${e(alert.howOften.toLowerCase())}, since ${e(dateAndTime(alert.since))}</li>`).join('')}</ul>`
          : '<p class="govuk-body">None.</p>') +
        `<h2 class="govuk-heading-m">Delete your account</h2>` +
        `<p class="govuk-body">Deleting your account deletes your details, saved forms, email alerts and sessions at once. Your requests are kept, no longer linked to you by an account, until the end of the time each form says, so the council can still deal with them.</p>` +
        `<p class="govuk-body"><a class="govuk-link" href="${ACCOUNT_PATHS.delete}">Delete your account</a></p>`,
    ),
  };
}

export function deletePage(token: string, email: string): Page {
  return {
    title: 'Delete your account',
    backHref: ACCOUNT_PATHS.data,
    main: column(
      `<h1 class="govuk-heading-l">Delete your account</h1>` +
        `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>` +
        `<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>` +
        `This deletes the account for ${e(email)} at once. It cannot be undone.</strong></div>` +
        `<p class="govuk-body">Your details, saved forms, email alerts and sessions are deleted. Requests you sent are kept, no longer linked to you by an account, until the end of the time each form says, so the council can still deal with them. You can make a new account at any time by signing in.</p>` +
        form(
          ACCOUNT_PATHS.delete,
          token,
          `<button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Delete your account</button>`,
        ) +
        `<p class="govuk-body"><a class="govuk-link" href="${ACCOUNT_PATHS.home}">Keep your account</a></p>`,
    ),
  };
}

export function detailsPage(
  token: string,
  resident: Resident,
  { values, errors = [], saved = false }: { values?: Record<string, string>; errors?: FieldError[]; saved?: boolean },
): Page {
  const value = (name: string, fallback: string) => values?.[name] ?? fallback;
  const errorFor = (name: string) => errors.find((error) => error.field === name)?.message;
  return {
    title: 'Your details',
    error: errors.length > 0,
    backHref: ACCOUNT_PATHS.home,
    main: column(
      (saved
        ? `<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">` +
          `<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>` +
          `<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your details are saved.</p></div></div>`
        : '') +
        errorSummary(errors) +
        `<h1 class="govuk-heading-l">Your details</h1>` +
        `<p class="govuk-body">We fill these in for you on forms; you can change them on each form. Your email address is <strong>${e(resident.email)}</strong>.</p>` +
        form(
          ACCOUNT_PATHS.details,
          token,
          input({
            name: 'name',
            label: 'Full name',
            autocomplete: 'name',
            value: value('name', resident.name),
            error: errorFor('name'),
          }) +
            input({
              name: 'phone',
              label: 'Phone number (optional)',
              type: 'tel',
              autocomplete: 'tel',
              width: '20',
              value: value('phone', resident.phone),
              error: errorFor('phone'),
            }) +
            `<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Address (optional)</legend>` +
            input({
              name: 'line1',
              label: 'Address line 1',
              autocomplete: 'address-line1',
              value: value('line1', resident.address.line1),
              error: errorFor('line1'),
            }) +
            input({
              name: 'line2',
              label: 'Address line 2 (optional)',
              autocomplete: 'address-line2',
              value: value('line2', resident.address.line2),
              error: errorFor('line2'),
            }) +
            input({
              name: 'town',
              label: 'Town or city',
              autocomplete: 'address-level2',
              value: value('town', resident.address.town),
              error: errorFor('town'),
            }) +
            input({
              name: 'postcode',
              label: 'Postcode',
              autocomplete: 'postal-code',
              width: '10',
              value: value('postcode', resident.address.postcode),
              error: errorFor('postcode'),
            }) +
            `</fieldset>` +
            button('Save your details'),
        ),
    ),
  };
}
