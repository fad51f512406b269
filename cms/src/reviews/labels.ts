import type { Core } from '@strapi/strapi';
import { PAGE_TYPES, REVIEWED } from './pages';

interface Meta {
  edit: { label?: string; description?: string };
  list: { label?: string };
}
/** The content manager's configuration service (internal to Strapi 5.54, as cms/src/forms/admin-layouts.ts uses it). */
interface Configuration {
  settings: unknown;
  metadatas: Record<string, Meta>;
  layouts: unknown;
}
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  /** Replaces the stored configuration whole: every part is passed back. */
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/** The review fields in the council’s words (issue 17): what each is for, not its API name (tests/unit/admin-words.test.ts reads them). */
export const FIELDS: Record<'owner' | 'reviewBy', { label: string; description: string; list: string }> = {
  owner: {
    label: 'Owner (who keeps this page right)',
    description:
      'The email address of the person or team who checks this page is still right, such as waste@yourcouncil.gov.uk. They are reminded by email when a review is due. Never shown on the site.',
    list: 'Owner',
  },
  reviewBy: {
    label: 'Review by',
    description:
      'When the owner should next check this page. Left empty, it is set to 12 months after the page is published; “Mark as reviewed” moves it on 12 months.',
    list: 'Review by',
  },
};

/** Applied at every start, like the other admin labels: a change made in "Configure the view" is put back. */
export async function applyReviewLabels(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ConfigurationService;
  for (const type of PAGE_TYPES) {
    const model = { uid: REVIEWED[type].uid };
    const { settings, metadatas, layouts } = await service.findConfiguration(model);
    const updated = { ...metadatas };
    for (const [field, words] of Object.entries(FIELDS)) {
      const existing = metadatas[field];
      if (!existing) throw new Error(`Review labels: ${model.uid} has no field ${field}`);
      updated[field] = {
        edit: { ...existing.edit, label: words.label, description: words.description },
        list: { ...existing.list, label: words.list },
      };
    }
    await service.updateConfiguration(model, { settings, metadatas: updated, layouts });
  }
}
