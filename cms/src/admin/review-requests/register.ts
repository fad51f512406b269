import type { StrapiApp } from '@strapi/strapi/admin';
import { Eye } from '@strapi/icons';
import { addMenuPageWithWidget, PUBLISH_PAGES } from '../shared/menu-pages';
import { addSidePanels } from '../shared/side-panels';
import { RequestPanel } from './RequestPanel';

/**
 * Review requests in the admin (issue 17, item 5; routes in cms/src/review-requests):
 * a "Ready for review" page in the menu and a widget on the home page, for whoever may
 * publish (Editors, administrators), not Authors.
 */
export function registerReviewRequests(app: StrapiApp): void {
  addMenuPageWithWidget(app, {
    to: 'ready-for-review',
    key: 'review-requests',
    name: 'Ready for review',
    icon: Eye,
    permissions: PUBLISH_PAGES,
    Component: () => import('./ReadyForReviewPage'),
    widgetLink: 'See everything ready for review',
    widget: async () => (await import('./ReadyWidget')).ReadyWidget,
  });
}

/** "Review before publishing" in the edit view's side panel. */
export function registerRequestPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [RequestPanel]);
}
