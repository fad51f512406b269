import type { StrapiApp } from '@strapi/strapi/admin';
import { addSidePanels } from '../shared/side-panels';
import { SharePanel } from './SharePanel';

/** "Share preview" in the edit view's side panel. */
export function registerSharePanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  addSidePanels(app, [SharePanel]);
}
