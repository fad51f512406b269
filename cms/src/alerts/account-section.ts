import { escapeHtml as e, sitePaths } from '@doorstep/domain';
import { ALERT_PATHS, FREQUENCIES } from './paths';
import { FREQUENCY_TEXT, postForm } from './pages';
import type { Subscription } from './subscriptions';

/**
 * "Your alerts" on the account page (account/pages.ts calls it): each street the
 * resident follows, how often, and buttons that post (with the form token) to change
 * how often or to stop.
 */
export function alertsSection(token: string, subscriptions: readonly Subscription[]): string {
  const heading = '<h2 class="govuk-heading-m" id="alerts">Your alerts</h2>';
  const find = `<p class="govuk-body">To get alerts for a street, <a class="govuk-link" href="${sitePaths.verges}">find it in grass cutting by street</a> and choose “Get email alerts for this street”.</p>`;
  if (subscriptions.length === 0) return `${heading}<p class="govuk-body">You do not get any email alerts.</p>${find}`;
  const cards = subscriptions
    .map((subscription) => {
      const other = FREQUENCIES.find((frequency) => frequency !== subscription.frequency)!;
      const id = String(subscription.id);
      const hiddenId = `<input type="hidden" name="id" value="${e(id)}">`;
      return (
        `<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper">` +
        `<h3 class="govuk-summary-card__title">${e(subscription.follow_label)}</h3></div>` +
        `<div class="govuk-summary-card__content"><dl class="govuk-summary-list">` +
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Alerts</dt><dd class="govuk-summary-list__value">Grass cutting on this street</dd></div>` +
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">How often</dt><dd class="govuk-summary-list__value">${e(FREQUENCY_TEXT[subscription.frequency])}</dd></div>` +
        `</dl><div class="govuk-button-group">` +
        postForm(
          ALERT_PATHS.change,
          token,
          hiddenId +
            `<input type="hidden" name="frequency" value="${other}">` +
            `<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">` +
            `${other === 'digest' ? 'Change to one email a day' : 'Change to an email for each alert'}` +
            `<span class="govuk-visually-hidden"> for ${e(subscription.follow_label)}</span></button>`,
        ) +
        postForm(
          ALERT_PATHS.stop,
          token,
          hiddenId +
            `<button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">` +
            `Stop these alerts<span class="govuk-visually-hidden"> for ${e(subscription.follow_label)}</span></button>`,
        ) +
        `</div></div></div>`
      );
    })
    .join('');
  return heading + cards + find;
}
