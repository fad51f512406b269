import type { Core } from '@strapi/strapi';

interface EditMeta {
  label?: string;
  description?: string;
  visible?: boolean;
  editable?: boolean;
}
interface ListMeta {
  label?: string;
  searchable?: boolean;
  sortable?: boolean;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: EditMeta; list: ListMeta }>;
  layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>> };
}
/** The content manager's configuration service (internal to Strapi 5.54: re-check on upgrades). */
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Partial<Configuration>): Promise<Configuration>;
}
interface Wanted {
  fields: Record<string, { label: string; description?: string; list?: string }>;
  list?: string[];
}

/**
 * The admin panel in the council's words, owned by code and applied at every start:
 * each field's label and help text, and the columns of each list. Changes made in
 * "Configure the view" to these fields are put back; everything else is left alone.
 */
const CONTENT_TYPES: Record<string, Wanted> = {
  'api::form-submission.form-submission': {
    fields: {
      reference: { label: 'Reference', description: 'The number the resident was given. Quote it when you reply.' },
      formTitle: { label: 'Form' },
      formSlug: { label: 'Form address' },
      formVersion: { label: 'Form version' },
      caseStatus: { label: 'Case status', description: 'Changing it adds an entry to the timeline.', list: 'Status' },
      caseNote: {
        label: 'Note for the timeline',
        description: 'Added to the timeline with the status when you save, then cleared for the next one. Staff only.',
      },
      timeline: { label: 'Timeline' },
      answers: { label: 'Answers' },
      definitionSnapshot: { label: 'The questions as the resident saw them' },
      submittedAt: { label: 'Sent', list: 'Sent' },
      expectedReplyBy: { label: 'Reply by', description: 'What the resident was told.', list: 'Reply by' },
      retainUntil: {
        label: 'Deleted after',
        description: 'Kept for the form’s retention period, then deleted with its files.',
      },
      residentEmail: { label: 'Resident’s email address' },
      emails: { label: 'Emails sent about it' },
    },
    list: ['reference', 'formTitle', 'caseStatus', 'submittedAt', 'expectedReplyBy'],
  },
};

export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ConfigurationService;
  for (const [uid, wanted] of Object.entries(CONTENT_TYPES)) {
    const current = await service.findConfiguration({ uid });
    const metadatas = { ...current.metadatas };
    for (const [field, meta] of Object.entries(wanted.fields)) {
      const existing = metadatas[field];
      if (!existing) throw new Error(`Admin layouts: ${uid} has no field ${field}`);
      metadatas[field] = {
        edit: { ...existing.edit, label: meta.label, ...(meta.description ? { description: meta.description } : {}) },
        list: { ...existing.list, label: meta.list ?? meta.label },
      };
    }
    // Each part is replaced whole, and written only when it changed.
    await service.updateConfiguration(
      { uid },
      {
        settings: current.settings,
        metadatas,
        layouts: { ...current.layouts, ...(wanted.list ? { list: wanted.list } : {}) },
      },
    );
  }
}
