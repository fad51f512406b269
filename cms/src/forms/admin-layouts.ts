import type { Core } from '@strapi/strapi';
import { COMPONENTS, EDITORIAL_TYPES, type FieldWords, type Wanted } from '../content/admin-words';

interface EditMeta {
  label?: string;
  description?: string;
  visible?: boolean;
  editable?: boolean;
  mainField?: string;
}
interface ListMeta {
  label?: string;
  searchable?: boolean;
  sortable?: boolean;
  mainField?: string;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: EditMeta; list: ListMeta }>;
  layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>> };
}
/**
 * The content manager's configuration services, for content types and for components
 * (internal to Strapi 5.54: re-check on upgrades).
 */
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Partial<Configuration>): Promise<unknown>;
}

/** Seasonal top tasks (issue 16): checked at publish by the service page's contract. */
const PROMOTED_MONTHS: FieldWords = {
  label: 'Promote on the home page in',
  description:
    'Months this page comes first among the home page’s top tasks, like March, April, May (names or numbers 1 to 12). Leave empty to promote it in no month.',
};
const servicePage = EDITORIAL_TYPES['api::service-page.service-page']!;

const FORM_SUBMISSION: Wanted = {
  fields: {
    reference: { label: 'Reference', description: 'The number the resident was given. Quote it when you reply.' },
    formTitle: { label: 'Form' },
    formSlug: { label: 'Form address' },
    formVersion: { label: 'Form version' },
    caseStatus: {
      label: 'Case status',
      description:
        'Changing it adds an entry to the timeline and emails the resident: to their account’s address, or as a guest if they asked for updates.',
      list: 'Status',
    },
    caseNote: {
      label: 'Note for the timeline',
      description:
        'Added to the timeline with the status when you save, then cleared for the next one. Staff only: never sent to the resident.',
    },
    messageToResident: {
      label: 'Message to the resident',
      description:
        'Sent to the resident by email when you save (if the request is in their account, or they asked for its updates), shown in their account if they have one, and kept in the timeline. Needed for “Waiting for the resident”: say what you need from them. Staff-only notes go in Note for the timeline.',
    },
    timeline: { label: 'Timeline' },
    answers: { label: 'Answers' },
    definitionSnapshot: { label: 'The questions as the resident saw them' },
    submittedAt: { label: 'Submitted', list: 'Submitted' },
    expectedReplyBy: { label: 'Reply by', description: 'What the resident was told.', list: 'Reply by' },
    retainUntil: {
      label: 'Deleted after',
      description: 'Kept for the form’s retention period, then deleted with its files.',
    },
    residentEmail: { label: 'Resident’s email address' },
    emails: { label: 'Emails sent about it' },
  },
  // The Late column is computed in the admin panel (cms/src/admin/case-view/late-column.tsx).
  list: ['reference', 'formTitle', 'caseStatus', 'submittedAt', 'expectedReplyBy'],
  // The newest case first, as a caseworker opens the list to see what came in; any column re-sorts it.
  settings: { defaultSortBy: 'submittedAt', defaultSortOrder: 'DESC' },
  // A case read from the top (issue 15): what the resident asked, what to do next, what
  // happened; the copy of the questions, kept for the record, comes last.
  edit: [
    [
      { name: 'reference', size: 6 },
      { name: 'formTitle', size: 6 },
    ],
    [{ name: 'answers', size: 12 }],
    [{ name: 'caseStatus', size: 6 }],
    [
      { name: 'messageToResident', size: 6 },
      { name: 'caseNote', size: 6 },
    ],
    [{ name: 'timeline', size: 12 }],
    [
      { name: 'submittedAt', size: 6 },
      { name: 'expectedReplyBy', size: 6 },
    ],
    [
      { name: 'residentEmail', size: 6 },
      { name: 'retainUntil', size: 6 },
    ],
    [{ name: 'emails', size: 6 }],
    [
      { name: 'formSlug', size: 6 },
      { name: 'formVersion', size: 4 },
    ],
    [{ name: 'definitionSnapshot', size: 12 }],
  ],
};

/**
 * The admin panel in the council's words, owned by code and applied at every start:
 * each field's label and help text, the columns of each list and the order of an edit view,
 * for the content types editors and caseworkers use and every component. Changes made in
 * "Configure the view" to these fields are put back; everything else is left alone.
 * Owner and review by are the review dates' (cms/src/reviews/labels.ts).
 */
export const CONTENT_TYPES: Record<string, Wanted> = {
  ...EDITORIAL_TYPES,
  'api::service-page.service-page': {
    ...servicePage,
    fields: { ...servicePage.fields, promotedMonths: PROMOTED_MONTHS },
  },
  'api::form-submission.form-submission': FORM_SUBMISSION,
};

function withWords(uid: string, current: Configuration, wanted: Wanted): Partial<Configuration> {
  const metadatas = { ...current.metadatas };
  for (const [field, words] of Object.entries(wanted.fields)) {
    const existing = metadatas[field];
    if (!existing) throw new Error(`Admin layouts: ${uid} has no field ${field}`);
    const mainField = words.mainField ? { mainField: words.mainField } : {};
    metadatas[field] = {
      edit: {
        ...existing.edit,
        label: words.label,
        ...(words.description ? { description: words.description } : {}),
        ...(words.editable === false ? { editable: false } : {}),
        ...mainField,
      },
      list: { ...existing.list, label: words.list ?? words.label, ...mainField },
    };
  }
  // Each part is replaced whole; Strapi writes the configuration only when it changed.
  return {
    settings: { ...current.settings, ...wanted.settings },
    metadatas,
    layouts: {
      ...current.layouts,
      ...(wanted.list ? { list: wanted.list } : {}),
      ...(wanted.edit ? { edit: wanted.edit } : {}),
    },
  };
}

async function apply(service: ConfigurationService, wanted: Record<string, Wanted>): Promise<void> {
  for (const [uid, words] of Object.entries(wanted)) {
    const current = await service.findConfiguration({ uid });
    await service.updateConfiguration({ uid }, withWords(uid, current, words));
  }
}

export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  await apply(contentManager.service('content-types') as unknown as ConfigurationService, CONTENT_TYPES);
  await apply(contentManager.service('components') as unknown as ConfigurationService, COMPONENTS);
}
