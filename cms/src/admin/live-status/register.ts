import type { StrapiApp } from '@strapi/strapi/admin';
import { addSidePanels } from '../shared/side-panels';
import { LivePanel } from './LivePanel';

/** "On the live site" in the edit view's side panel. */
export function registerLivePanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [LivePanel]);
}
