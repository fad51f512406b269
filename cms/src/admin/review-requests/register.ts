import type { StrapiApp } from '@strapi/strapi/admin';
import { Eye } from '@strapi/icons';
import { addSidePanels } from '../shared/side-panels';
import { RequestPanel } from './RequestPanel';

/** Who sees the menu link and the widget: whoever may publish service pages (Editors, administrators), not Authors. */
const PUBLISH_PAGES = [
  { action: 'plugin::content-manager.explorer.publish', subject: 'api::service-page.service-page' },
] as unknown as StrapiApp['router']['menu'][number]['permissions'];

/**
 * Review requests in the admin (issue 17, item 5; routes in cms/src/review-requests):
 * a "Ready for review" page in the menu and a widget on the home page for Editors.
 */
export function registerReviewRequests(app: StrapiApp): void {
  app.addMenuLink({
    to: 'ready-for-review',
    icon: Eye,
    intlLabel: { id: 'doorstep.review-requests.menu', defaultMessage: 'Ready for review' },
    permissions: PUBLISH_PAGES,
    Component: () => import('./ReadyForReviewPage'),
  });
  app.widgets.register({
    id: 'ready-for-review',
    icon: Eye,
    title: { id: 'doorstep.review-requests.widget', defaultMessage: 'Ready for review' },
    link: {
      label: { id: 'doorstep.review-requests.widget.link', defaultMessage: 'See everything ready for review' },
      href: '/ready-for-review',
    },
    permissions: PUBLISH_PAGES,
    component: async () => (await import('./ReadyWidget')).ReadyWidget,
  });
}

/** "Review before publishing" in the edit view's side panel. */
export function registerRequestPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [RequestPanel]);
}
