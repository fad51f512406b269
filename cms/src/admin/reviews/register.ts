import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock } from '@strapi/icons';
import { addMenuPageWithWidget, READ_PAGES } from '../shared/menu-pages';
import { addSidePanels } from '../shared/side-panels';
import { ReviewPanel } from './ReviewPanel';

/**
 * Review dates in the admin (issue 17, item 4; routes in cms/src/reviews): a "Due for
 * review" page in the menu and a widget on the home page listing the first few, for
 * whoever may read service pages.
 */
export function registerReviews(app: StrapiApp): void {
  addMenuPageWithWidget(app, {
    to: 'due-for-review',
    key: 'reviews',
    name: 'Due for review',
    icon: Clock,
    permissions: READ_PAGES,
    Component: () => import('./DueForReviewPage'),
    widgetLink: 'See all pages due for review',
    widget: async () => (await import('./DueWidget')).DueWidget,
  });
}

/** "Mark as reviewed" in the edit view's side panel. */
export function registerReviewPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [ReviewPanel]);
}
