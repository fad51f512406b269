import type { StrapiApp } from '@strapi/strapi/admin';
import { Calendar } from '@strapi/icons';
import { addMenuPage, READ_PAGES } from '../shared/menu-pages';
import { addSidePanels } from '../shared/side-panels';
import { SchedulePanel } from './SchedulePanel';

/** Scheduled publishing in the admin (issue 17, item 2; routes in cms/src/schedules): the "Scheduled" page. */
export function registerSchedules(app: StrapiApp): void {
  addMenuPage(app, {
    to: 'scheduled',
    key: 'schedules',
    name: 'Scheduled',
    icon: Calendar,
    permissions: READ_PAGES,
    Component: () => import('./ScheduledPage'),
  });
}

/** "Schedule" in the edit view's side panel. */
export function registerSchedulePanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [SchedulePanel]);
}
