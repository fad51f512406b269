import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock } from '@strapi/icons';
import { addSidePanels } from '../shared/side-panels';
import { ReviewPanel } from './ReviewPanel';

/** Who sees the menu link and the widget: whoever may read service pages (Editors, Authors, administrators). */
const READ_PAGES = [
  { action: 'plugin::content-manager.explorer.read', subject: 'api::service-page.service-page' },
] as unknown as StrapiApp['router']['menu'][number]['permissions'];

/**
 * Review dates in the admin (issue 17, item 4; routes in cms/src/reviews): a "Due for
 * review" page in the menu and a widget on the home page listing the first few.
 */
export function registerReviews(app: StrapiApp): void {
  app.addMenuLink({
    to: 'due-for-review',
    icon: Clock,
    intlLabel: { id: 'doorstep.reviews.menu', defaultMessage: 'Due for review' },
    permissions: READ_PAGES,
    Component: () => import('./DueForReviewPage'),
  });
  app.widgets.register({
    id: 'due-for-review',
    icon: Clock,
    title: { id: 'doorstep.reviews.widget', defaultMessage: 'Due for review' },
    link: {
      label: { id: 'doorstep.reviews.widget.link', defaultMessage: 'See all pages due for review' },
      href: '/due-for-review',
    },
    permissions: READ_PAGES,
    component: async () => (await import('./DueWidget')).DueWidget,
  });
}

/** "Mark as reviewed" in the edit view's side panel. */
export function registerReviewPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [ReviewPanel]);
}
