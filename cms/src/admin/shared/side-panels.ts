import type { StrapiApp } from '@strapi/strapi/admin';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/** Adds panels to the edit view's side panel; the content manager takes them once it has started (bootstrap). */
export function addSidePanels(app: Pick<StrapiApp, 'getPlugin'>, panels: unknown[]): void {
  (app.getPlugin('content-manager').apis as unknown as ContentManagerApis).addEditViewSidePanel(panels);
}
