import type { StrapiApp } from '@strapi/strapi/admin';
import { Calendar } from '@strapi/icons';
import { addSidePanels } from '../shared/side-panels';
import { SchedulePanel } from './SchedulePanel';

/** Who sees the menu link: whoever may read service pages (Editors, Authors, administrators). */
const READ_PAGES = [
  { action: 'plugin::content-manager.explorer.read', subject: 'api::service-page.service-page' },
] as unknown as StrapiApp['router']['menu'][number]['permissions'];

/** Scheduled publishing in the admin (issue 17, item 2; routes in cms/src/schedules): the "Scheduled" page. */
export function registerSchedules(app: StrapiApp): void {
  app.addMenuLink({
    to: 'scheduled',
    icon: Calendar,
    intlLabel: { id: 'doorstep.schedules.menu', defaultMessage: 'Scheduled' },
    permissions: READ_PAGES,
    Component: () => import('./ScheduledPage'),
  });
}

/** "Schedule" in the edit view's side panel. */
export function registerSchedulePanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [SchedulePanel]);
}
