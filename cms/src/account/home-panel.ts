import type { Core } from '@strapi/strapi';
import { BIN_NAMES, escapeHtml as e, longDate, sitePaths, ukDate, type BinKind } from '@doorstep/domain';
import { homeBins, type HomeBins } from './home-bins';
import { nearestHub, type HomeHub } from './home-hub';
import { homeStreet, type HomeStreet } from './home-street';
import { homeTasks, type HomeTask } from './home-tasks';
import { ACCOUNT_PATHS } from './pages';
import { myRequests, type RequestSummary } from './requests';
import type { Resident } from './residents';

/**
 * "A home page that knows me" (issue 16): what a signed-in resident most likely came
 * for, before everything else: "Report a missed bin" when their bins were collected
 * in the time one can be reported; their open requests (the late ones first); their
 * bin day; their street's next grass cut; their nearest community hub and whether it
 * is open now; on the account page, this month's top tasks after. Built
 * here, on the server, as GOV.UK markup: the account page shows it without
 * JavaScript, and the home page's small script fetches the same fragment
 * (`/account/home-panel`), so no personal data is ever in the static site.
 */
export interface HomePanel {
  /** Open requests, the late ones first, then the newest. */
  requests: RequestSummary[];
  street: HomeStreet;
  /** Their street's collection round, when the council has one for the address. */
  bins: HomeBins | null;
  hub: HomeHub | null;
  /** This month's top tasks, seasonal first; empty when the page around already lists them. */
  tasks: HomeTask[];
}

const CLOSED = new Set(['resolved', 'closed']);

export async function homePanel(
  strapi: Core.Strapi,
  resident: Resident,
  { now = new Date(), withTasks = false }: { now?: Date; withTasks?: boolean } = {},
): Promise<HomePanel> {
  const today = ukDate(now);
  const [requests, street, tasks] = await Promise.all([
    myRequests(strapi, resident, now),
    homeStreet(strapi, resident.address, today),
    withTasks ? homeTasks(strapi, now) : Promise.resolve([]),
  ]);
  const found = street.kind === 'found' ? street : null;
  const [bins, hub] = await Promise.all([
    street.kind === 'no-address' ? null : homeBins(strapi, found?.usrn ?? null, resident.address, today),
    found?.point ? nearestHub(strapi, found.point, now) : null,
  ]);
  const open = requests
    .filter((request) => !CLOSED.has(request.status))
    .sort((a, b) => Number(b.late) - Number(a.late) || b.submittedAt.localeCompare(a.submittedAt));
  return { requests: open, street, bins, hub, tasks };
}

const link = (href: string, text: string) => `<a class="govuk-link" href="${e(href)}">${text}</a>`;

function requestsPart(requests: readonly RequestSummary[]): string {
  const heading = '<h3 class="govuk-heading-m">Your open requests</h3>';
  if (requests.length === 0) {
    return `${heading}<p class="govuk-body">You have no open requests. ${link(ACCOUNT_PATHS.home, 'See all your requests')}.</p>`;
  }
  const late = requests.filter((request) => request.late).length;
  const items = requests
    .slice(0, 5)
    .map(
      (request) =>
        `<li>${link(ACCOUNT_PATHS.request(request.reference), `${e(request.formTitle)} (${e(request.reference)})`)}: ` +
        `${e(request.statusText)}, ` +
        (request.late
          ? `<strong class="govuk-tag govuk-tag--red">Late</strong> we said we would reply by ${e(longDate(request.replyBy))}`
          : `reply by ${e(longDate(request.replyBy))}`) +
        `</li>`,
    )
    .join('');
  const summary =
    late > 0
      ? `<p class="govuk-body">${late === 1 ? '1 request is' : `${late} requests are`} past the date we said we would reply by.</p>`
      : '';
  const more =
    requests.length > 5
      ? `<p class="govuk-body">${link(ACCOUNT_PATHS.home, `See all ${requests.length} open requests`)}</p>`
      : '';
  return `${heading}${summary}<ul class="govuk-list govuk-list--spaced">${items}</ul>${more}`;
}

function streetPart(street: HomeStreet): string {
  const heading = '<h3 class="govuk-heading-m">Grass cutting on your street</h3>';
  switch (street.kind) {
    case 'no-address':
      return `${heading}<p class="govuk-body">${link(ACCOUNT_PATHS.details, 'Add your address')} to see when the grass on your street is next cut.</p>`;
    case 'not-ours':
      return (
        `${heading}<p class="govuk-body">The council does not cut grass on the street in your address` +
        `${street.postcode ? ` (${e(street.postcode)})` : ''}, so there are no grass cuts to show. ` +
        `${link(sitePaths.verges, 'Find another street')} or ${link(ACCOUNT_PATHS.details, 'check your address')}.</p>`
      );
    case 'found': {
      const where = `${e(street.name)}, ${e(street.locality)}`;
      const sentence = street.when
        ? `The grass on ${where} is due to be cut ${e(street.when)}.`
        : `There are no more grass cuts planned on ${where} this season.`;
      return `${heading}<p class="govuk-body">${sentence} ${link(sitePaths.vergeStreet(street.slug), `See the verges on ${e(street.name)}`)}.</p>`;
    }
  }
}

const binList = (bins: HomeBins, kinds: readonly BinKind[]) =>
  kinds.map((kind) => e(bins.names[kind] ?? BIN_NAMES[kind])).join(', ');

/** First of all when it applies: the borough's "collected yesterday, so maybe a missed bin" (issue 16). */
function missedBinPart(bins: HomeBins | null, today: string): string {
  if (!bins?.recent) return '';
  const when = dayNumberDiff(today, bins.recent.date) === 1 ? 'yesterday' : `on ${e(longDate(bins.recent.date))}`;
  return (
    `<div class="govuk-inset-text"><p class="govuk-body">Your bins were collected ${when} (${binList(bins, bins.recent.bins)}). ` +
    `If one was missed, report it by 5pm on the working day after the collection.</p>` +
    `<a href="${e(sitePaths.form('report-a-missed-bin'))}" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Report a missed bin</a></div>`
  );
}

const dayNumberDiff = (later: string, earlier: string) =>
  Math.round((Date.parse(`${later}T12:00:00Z`) - Date.parse(`${earlier}T12:00:00Z`)) / 86_400_000);

function binsPart(bins: HomeBins | null, street: HomeStreet): string {
  const heading = '<h3 class="govuk-heading-m">Your bin day</h3>';
  if (street.kind === 'no-address') return '';
  if (!bins) {
    return `${heading}<p class="govuk-body">We could not find a collection round for your address. ${link(sitePaths.servicePage('check-your-bin-collection-day'), 'Check your bin collection day')}.</p>`;
  }
  if (bins.next.length === 0)
    return `${heading}<p class="govuk-body">There are no collections planned on ${e(bins.streetName)}.</p>`;
  const items = bins.next
    .map(
      (collection) =>
        `<li><strong>${e(longDate(collection.date))}</strong>: ${binList(bins, collection.bins)}` +
        (collection.moved ? ` (moved from ${e(longDate(collection.moved.from))}: ${e(collection.moved.reason)})` : '') +
        `</li>`,
    )
    .join('');
  return `${heading}<p class="govuk-body">Next collections on ${e(bins.streetName)}:</p><ul class="govuk-list govuk-list--bullet">${items}</ul>`;
}

function hubPart(hub: HomeHub | null): string {
  if (!hub) return '';
  return (
    `<h3 class="govuk-heading-m">Your nearest community hub</h3>` +
    `<p class="govuk-body">${link(sitePaths.communityHub(hub.slug), e(hub.name))}, ${e(hub.distance)} away. ${e(hub.opening)}.</p>`
  );
}

function tasksPart(tasks: readonly HomeTask[]): string {
  if (tasks.length === 0) return '';
  const items = tasks.map((task) => `<li>${link(task.href, e(task.title))}</li>`).join('');
  return `<h3 class="govuk-heading-m">Popular tasks</h3><ul class="govuk-list">${items}</ul>`;
}

/** The panel as one `<section>` with its own heading: the same on the account page and the home page. */
export function homePanelHtml(panel: HomePanel, today = ukDate(new Date())): string {
  return (
    `<section class="app-home-panel" aria-labelledby="home-panel-title" data-home-panel>` +
    `<h2 class="govuk-heading-l" id="home-panel-title">Your requests and your street</h2>` +
    missedBinPart(panel.bins, today) +
    requestsPart(panel.requests) +
    binsPart(panel.bins, panel.street) +
    streetPart(panel.street) +
    hubPart(panel.hub) +
    tasksPart(panel.tasks) +
    `</section>`
  );
}
