import type { StrapiApp } from '@strapi/strapi/admin';
import { dismissStrapiAnnouncements } from './announcements';
import { adminConfig, UK_ENGLISH } from './config';
import { ENUM_LABELS } from '@doorstep/domain/enum-labels';
import { withLateColumn } from './case-view/late-column';
import { registerCaseFields } from './case-view/register';
import { registerRoutingFields } from './form-routing/register';
import { registerLivePanel } from './live-status/register';
import { registerHistory, registerHistoryPanel } from './history/register';
import { registerSharePanel } from './previews/register';
import { registerRequestPanel, registerReviewRequests } from './review-requests/register';
import { registerReviewPanel, registerReviews } from './reviews/register';
import { nameTabsAfterTheCouncil } from './tab-titles';
import { withScheduleColumn } from './schedules/column';
import { registerSchedulePanel, registerSchedules } from './schedules/register';
import { adminWords } from './words';
import { readCouncilName } from './council-name';

/** The admin's own storage key for the interface language (@strapi/admin reducer): re-check on upgrades. */
const LANGUAGE_KEY = 'strapi-admin-language';

type AppMiddleware = StrapiApp['middlewares'][number];

/**
 * "English" in the admin is US English: dates typed 01/06/2027 mean 6 January. Every
 * switch to it (the default, a user's saved preference, the language menu) becomes
 * British English, whose date order is day first.
 */
interface LocaleAction {
  type: string;
  payload?: unknown;
}
const britishEnglish: AppMiddleware = () => () => (next) => (action: LocaleAction) =>
  next(
    action.type === 'admin/setLocale' && action.payload === 'en' ? { ...action, payload: UK_ENGLISH } : action,
  ) as unknown;

/**
 * The council's name, asked for before the admin renders (a top-level await: Strapi reads
 * the messages below once, before it draws the sign-in page), for its words and tab titles.
 */
const COUNCIL = await readCouncilName();
const ADMIN_WORDS = adminWords(COUNCIL);

interface Header {
  name: string;
  attribute?: { type?: string };
}

export default {
  config: {
    ...adminConfig,
    // Messages for 'en' are every English locale's fallback, en-GB included; Strapi's own
    // messages are en-GB's too, so Doorstep's words for them are given for both.
    translations: { en: { ...ENUM_LABELS, ...ADMIN_WORDS }, [UK_ENGLISH]: ADMIN_WORDS },
  },
  register(app: StrapiApp) {
    // Read when the admin renders, after register: the first screen is already British.
    localStorage.setItem(LANGUAGE_KEY, UK_ENGLISH);
    dismissStrapiAnnouncements();
    nameTabsAfterTheCouncil(COUNCIL);
    app.addMiddlewares([britishEnglish]);
    registerCaseFields(app);
    registerRoutingFields(app);
    registerReviews(app);
    registerReviewRequests(app);
    registerSchedules(app);
    registerHistory(app);
    // List views print an enumeration's stored value; show its label instead.
    app.registerHook(
      'Admin/CM/pages/ListView/inject-column-in-table',
      ({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) => ({
        layout,
        displayedHeaders: withScheduleColumn(withLateColumn(displayedHeaders)).map((header) =>
          header.attribute?.type === 'enumeration'
            ? {
                ...header,
                cellFormatter: (row: Record<string, unknown>) => {
                  const value = row[header.name];
                  return typeof value === 'string' && value !== '' ? (ENUM_LABELS[value] ?? value) : '-';
                },
              }
            : header,
        ),
      }),
    );
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    registerReviewPanel(app);
    registerRequestPanel(app);
    registerLivePanel(app);
    registerSchedulePanel(app);
    registerHistoryPanel(app);
    registerSharePanel(app);
  },
};
