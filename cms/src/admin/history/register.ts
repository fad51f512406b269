import type { StrapiApp } from '@strapi/strapi/admin';
import { ArrowClockwise } from '@strapi/icons';
import { addSidePanels } from '../shared/side-panels';
import { HistoryAction } from './HistoryAction';
import { HistoryPanel } from './HistoryPanel';

/** Who sees the menu link: whoever may read service pages (Editors, Authors, administrators). */
const READ_PAGES = [
  { action: 'plugin::content-manager.explorer.read', subject: 'api::service-page.service-page' },
] as unknown as StrapiApp['router']['menu'][number]['permissions'];

/**
 * History in the admin (issue 17, item 3; routes in cms/src/history): a "History" page
 * in the menu (recent changes, a document's revisions, two compared, restore).
 */
export function registerHistory(app: StrapiApp): void {
  app.addMenuLink({
    to: 'history',
    icon: ArrowClockwise,
    intlLabel: { id: 'doorstep.history.menu', defaultMessage: 'History' },
    permissions: READ_PAGES,
    Component: () => import('./HistoryPage'),
  });
}

interface DocumentActionApis {
  addDocumentAction(actions: unknown[]): void;
}

/** "History" in the edit view's side panel, and in its header menu. */
export function registerHistoryPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [HistoryPanel]);
  (app.getPlugin('content-manager').apis as unknown as DocumentActionApis).addDocumentAction([HistoryAction]);
}
