import type { StrapiApp } from '@strapi/strapi/admin';
import { ArrowClockwise } from '@strapi/icons';
import { addMenuPage, READ_PAGES } from '../shared/menu-pages';
import { addSidePanels } from '../shared/side-panels';
import { HistoryAction } from './HistoryAction';
import { HistoryPanel } from './HistoryPanel';

/**
 * History in the admin (issue 17, item 3; routes in cms/src/history): a "History" page
 * in the menu (recent changes, a document's revisions, two compared, restore).
 */
export function registerHistory(app: StrapiApp): void {
  addMenuPage(app, {
    to: 'history',
    key: 'history',
    name: 'History',
    icon: ArrowClockwise,
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
