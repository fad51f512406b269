import { escapeHtml as e, sitePaths } from '@doorstep/domain';
import { ACCOUNT_PATHS, type FieldError, type Page } from '../account/pages';
import { ALERT_PATHS, type Frequency } from './paths';

/**
 * The alerts' pages, server-rendered in the site's look like the account's
 * (account/pages.ts): every step works without JavaScript, every button posts.
 */
const column = (html: string) =>
  `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${html}</div></div>`;
const hidden = (name: string, value: string) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`;
export const button = (text: string, secondary = false, warning = false) =>
  `<button type="submit" class="govuk-button${secondary ? ' govuk-button--secondary' : ''}${warning ? ' govuk-button--warning' : ''}" data-module="govuk-button">${e(text)}</button>`;
export const postForm = (action: string, token: string | null, inner: string) =>
  `<form method="post" action="${e(action)}" novalidate>${token ? hidden('formToken', token) : ''}${inner}</form>`;

function errorSummary(errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((error) => `<li><a href="#${e(error.field)}">${e(error.message)}</a></li>`).join('');
  return (
    `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">` +
    `<h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body">` +
    `<ul class="govuk-list govuk-error-summary__list">${items}</ul></div></div></div>`
  );
}

const errorMessage = (id: string, message: string | undefined) =>
  message
    ? `<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(message)}</p>`
    : '';

export const FREQUENCY_TEXT: Record<Frequency, string> = {
  immediate: 'An email for each alert',
  digest: 'One email a day with that day’s alerts',
};

function frequencyRadios(chosen: Frequency, error?: string): string {
  const radio = (value: Frequency, first: boolean) =>
    `<div class="govuk-radios__item"><input class="govuk-radios__input" id="${first ? 'frequency' : `frequency-${value}`}" name="frequency" type="radio" value="${value}"${chosen === value ? ' checked' : ''}>` +
    `<label class="govuk-label govuk-radios__label" for="${first ? 'frequency' : `frequency-${value}`}">${FREQUENCY_TEXT[value]}</label></div>`;
  return (
    `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset"${error ? ' aria-describedby="frequency-error"' : ''}>` +
    `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">How often do you want emails?</legend>` +
    errorMessage('frequency', error) +
    `<div class="govuk-radios" data-module="govuk-radios">${radio('immediate', true)}${radio('digest', false)}</div></fieldset></div>`
  );
}

function emailInput(value: string, error?: string): string {
  return (
    `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">` +
    `<label class="govuk-label govuk-label--s" for="email">Email address</label>` +
    `<div id="email-hint" class="govuk-hint">We send a link to confirm it is yours first.</div>` +
    errorMessage('email', error) +
    `<input class="govuk-input${error ? ' govuk-input--error' : ''}" id="email" name="email" type="email" value="${e(value)}" autocomplete="email" spellcheck="false" aria-describedby="email-hint${error ? ' email-error' : ''}"></div>`
  );
}

export interface SubscribeView {
  usrn: number;
  label: string;
  signedInAs: string | null;
  email?: string;
  frequency?: Frequency;
  errors?: readonly FieldError[];
}

export function subscribePage(token: string, view: SubscribeView): Page {
  const errors = view.errors ?? [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const who = view.signedInAs
    ? `<p class="govuk-body">We will email <strong>${e(view.signedInAs)}</strong>, the address of your account.</p>`
    : emailInput(view.email ?? '', errorOf('email'));
  return {
    title: `${errors.length > 0 ? 'Error: ' : ''}Get email alerts for ${view.label}`,
    error: errors.length > 0,
    main: column(
      errorSummary(errors) +
        `<h1 class="govuk-heading-l">Get email alerts for ${e(view.label)}</h1>` +
        `<p class="govuk-body">We will email you the week before the council cuts the grass verges on this street, and if a verge on it has a problem reported, its cut is overdue or a cut is skipped. Where the council has the street’s bin collections, we also email you the day before each collection and when a collection moves.</p>` +
        postForm(
          ALERT_PATHS.subscribe,
          token,
          hidden('street', String(view.usrn)) +
            who +
            frequencyRadios(view.frequency ?? 'immediate', errorOf('frequency')) +
            button('Get email alerts'),
        ) +
        `<p class="govuk-body">You can stop the alerts at any time from the link in every email${view.signedInAs ? ' or from your account' : ''}. We keep your address only while you get alerts.</p>`,
    ),
  };
}

export const streetNotFoundPage = (message: string): Page => ({
  title: 'Street not found',
  error: true,
  main: column(
    `<h1 class="govuk-heading-l">Street not found</h1>` +
      errorSummary([{ field: 'street-search', message }]) +
      `<p class="govuk-body" id="street-search"><a class="govuk-link" href="${sitePaths.verges}">Search for your street or postcode</a>, then choose “Get email alerts for this street” on its page.</p>`,
  ),
});

export const checkEmailPage = (email: string, label: string): Page => ({
  title: 'Check your email',
  main: column(
    `<h1 class="govuk-heading-l">Check your email</h1>` +
      `<p class="govuk-body">If <strong>${e(email)}</strong> is not already getting alerts for ${e(label)}, we have sent it a link to confirm them.</p>` +
      `<p class="govuk-body">Open the link and press Confirm. Nothing is sent until you do; the link works for 7 days.</p>`,
  ),
});

export const subscribedPage = (label: string, frequency: Frequency): Page => ({
  title: 'You will get email alerts',
  main: column(
    `<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">You will get email alerts</h1>` +
      `<div class="govuk-panel__body">for ${e(label)}</div></div>` +
      `<p class="govuk-body">${e(FREQUENCY_TEXT[frequency])}. You can change or stop them from <a class="govuk-link" href="${ACCOUNT_PATHS.home}">your account</a>.</p>`,
  ),
});

export interface RequestOfferView {
  reference: string;
  updatesToken: string;
  formTitle: string;
  email: string;
}

/** The confirmation page's offer to a guest (alerts/requests.ts): one button; the email confirms. */
export const requestUpdatesPage = (token: string, view: RequestOfferView): Page => ({
  title: 'Get email updates on your request',
  main: column(
    `<h1 class="govuk-heading-l">Get email updates on your request</h1>` +
      `<dl class="govuk-summary-list">` +
      `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reference</dt><dd class="govuk-summary-list__value">${e(view.reference)}</dd></div>` +
      `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Form</dt><dd class="govuk-summary-list__value">${e(view.formTitle)}</dd></div>` +
      `</dl>` +
      `<p class="govuk-body">We will email <strong>${e(view.email)}</strong>, the address given on the form, each time we update this request, with any message for you, until it is closed.</p>` +
      `<p class="govuk-body">We send a link to that address first: nothing else is sent until you open it and press Confirm.</p>` +
      postForm(
        ALERT_PATHS.request,
        token,
        hidden('reference', view.reference) + hidden('token', view.updatesToken) + button('Send me the link'),
      ),
  ),
});

export const requestInAccountPage = (): Page => ({
  title: 'Updates go to your account',
  main: column(
    `<h1 class="govuk-heading-l">Updates go to your account</h1>` +
      `<p class="govuk-body">This request is in an account, so we already email its updates to the account’s address. You can see them in <a class="govuk-link" href="${ACCOUNT_PATHS.home}">your account</a>.</p>`,
  ),
});

export const confirmPage = (token: string, confirmToken: string): Page => ({
  title: 'Confirm your email alerts',
  main: column(
    `<h1 class="govuk-heading-l">Confirm your email alerts</h1>` +
      `<p class="govuk-body">Press Confirm to start the alerts you asked for.</p>` +
      postForm(ALERT_PATHS.confirm, token, hidden('token', confirmToken) + button('Confirm')),
  ),
});

export const confirmedPage = (label: string, kind: 'street' | 'request' = 'street'): Page => ({
  title: 'Your email alerts are on',
  main: column(
    `<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Your email alerts are on</h1>` +
      `<div class="govuk-panel__body">for ${e(label)}</div></div>` +
      (kind === 'request'
        ? `<p class="govuk-body">We will email you each time we update this request, until it is closed.</p>`
        : `<p class="govuk-body">Every alert email has a link to stop them.</p>`),
  ),
});

/** RFC 8058's landing page: a GET changes nothing (scanners open links); the button posts what a mail client would. */
export const unsubscribePage = (token: string, label: string): Page => ({
  title: 'Stop email alerts',
  main: column(
    `<h1 class="govuk-heading-l">Stop email alerts</h1>` +
      `<p class="govuk-body">Stop the email alerts for ${e(label)}?</p>` +
      postForm(
        ALERT_PATHS.unsubscribe(token),
        null,
        hidden('List-Unsubscribe', 'One-Click') + button('Stop these alerts', false, true),
      ),
  ),
});

export const unsubscribedPage = (label: string | null): Page => ({
  title: 'You will not get these alerts any more',
  main: column(
    `<h1 class="govuk-heading-l">You will not get these alerts any more</h1>` +
      `<p class="govuk-body">${label ? `We have stopped the email alerts for ${e(label)} and deleted your subscription.` : 'These alerts are already stopped.'}</p>` +
      `<p class="govuk-body"><a class="govuk-link" href="${sitePaths.verges}">Grass cutting by street</a></p>`,
  ),
});

export const alertMessagePage = (title: string, message: string, error = true): Page => ({
  title,
  error,
  main: column(`<h1 class="govuk-heading-l">${e(title)}</h1><p class="govuk-body">${e(message)}</p>`),
});
