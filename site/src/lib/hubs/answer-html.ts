/**
 * The page /community-hubs/near/ completed with an answer, by the live site server:
 * the build's own HTML with what the resident typed kept in the box, and the answer
 * written where the page leaves room for it. On a problem the page follows GOV.UK's
 * error pattern: "Error:" in the title, an error summary, the message at the box.
 * Everything the resident gave is escaped text.
 */
import { escapeHtml, sitePaths } from '@doorstep/domain';
import type { HubNearby, HubsNearAnswer } from './answer';

/** The ids the page (site/src/pages/community-hubs/near/index.astro) gives the server to fill. */
export const HUBS_NEAR_IDS = {
  errors: 'hubs-near-errors',
  group: 'hubs-near-group',
  input: 'hubs-near-q',
  hint: 'hubs-near-q-hint',
  error: 'hubs-near-q-error',
  answer: 'hubs-near-answer',
} as const;

const searchAgain = (text: string) => `${sitePaths.communityHubsNear}?${new URLSearchParams({ q: text }).toString()}`;

function hubHtml(hub: HubNearby): string {
  return (
    `<li class="app-hubs-near__hub">` +
    `<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="${escapeHtml(sitePaths.communityHub(hub.slug))}">${escapeHtml(hub.name)}</a></h3>` +
    `<p class="govuk-body govuk-!-margin-bottom-1">${escapeHtml(hub.distance)} away</p>` +
    `<p class="govuk-body govuk-!-margin-bottom-1"><strong>${escapeHtml(hub.opening)}</strong></p>` +
    `<p class="govuk-body">${escapeHtml(hub.address)}</p>` +
    `</li>`
  );
}

export function answerHtml(answer: HubsNearAnswer): string {
  switch (answer.kind) {
    case 'problem':
      return '';
    case 'not-found':
      return `<p class="govuk-body">${escapeHtml(answer.message)}</p>`;
    case 'choose-street':
      return (
        `<h2 class="govuk-heading-m">${escapeHtml(answer.heading)}</h2><p class="govuk-body">Choose your street.</p><ul class="govuk-list">` +
        answer.streets
          .map(
            (street) =>
              `<li><a class="govuk-link" href="${escapeHtml(searchAgain(street))}">${escapeHtml(street)}</a></li>`,
          )
          .join('') +
        '</ul>'
      );
    case 'hubs':
      if (answer.hubs.length === 0) return '<p class="govuk-body">There are no community hubs listed yet.</p>';
      return (
        `<h2 class="govuk-heading-m">${escapeHtml(answer.heading)}</h2>` +
        `<p class="govuk-body">Distances are in a straight line from ${escapeHtml(answer.from)}. Open or closed at ${escapeHtml(answer.checkedAt)}, UK time.</p>` +
        `<ol class="govuk-list app-hubs-near">${answer.hubs.map(hubHtml).join('')}</ol>`
      );
  }
}

function errorSummary(message: string): string {
  return (
    '<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">' +
    '<h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body">' +
    `<ul class="govuk-list govuk-error-summary__list"><li><a href="#${HUBS_NEAR_IDS.input}">${escapeHtml(message)}</a></li></ul>` +
    '</div></div></div>'
  );
}

const emptyDiv = (id: string) => new RegExp(`(<div id="${id}">)[\\s\\S]*?(</div>)`);

/** The box as the page writes it: its id first, so no other input on the page can match. */
const BOX = new RegExp(`<input id="${HUBS_NEAR_IDS.input}" class="([^"]*)"([^>]*)>`);

/** The page with `typed` kept in the box and the answer written in. */
export function completeHubsNearPage(html: string, answer: HubsNearAnswer, typed: string): string {
  const { errors, group, input, hint, error, answer: answerId } = HUBS_NEAR_IDS;
  const problem = answer.kind === 'problem' ? answer.message : null;
  let page = html
    .replace(emptyDiv(answerId), (_, open: string, close: string) => `${open}${answerHtml(answer)}${close}`)
    .replace(BOX, (_, classes: string, rest: string) => {
      const box = `<input id="${input}" class="${classes}${problem ? ' govuk-input--error' : ''}" value="${escapeHtml(typed)}"${rest}>`;
      if (!problem) return box;
      return `<p id="${error}" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(problem)}</p>${box}`;
    });
  if (problem) {
    page = page
      .replace(/<title>/, '<title>Error: ')
      .replace(emptyDiv(errors), (_, open: string, close: string) => `${open}${errorSummary(problem)}${close}`)
      .replace(
        `class="govuk-form-group" id="${group}"`,
        `class="govuk-form-group govuk-form-group--error" id="${group}"`,
      )
      .replace(`aria-describedby="${hint}"`, `aria-describedby="${hint} ${error}"`);
  }
  return page;
}
