import { z } from 'zod';
import { allFields, type FormDefinition } from './definition.js';

/**
 * Save and come back later (issue 15; GOV.UK's "save progress" pattern). A saved form
 * is its answers so far, as the resident gave them, unchecked: the check is the
 * submission's. The island, the no-JavaScript form and the CMS all read them with
 * `draftAnswers`, which keeps only answers to the form's own questions, in the
 * shapes a form gives, and never a file (files are not kept until the form is sent).
 */

/** The no-JavaScript form's second button: `_action=save` saves instead of sending. */
export const SAVE_ACTION_FIELD = '_action';
export const SAVE_ACTION = 'save';

/** The signed-in hint cookie lives with the other zod-free account names (account-hint.ts). */
export { SIGNED_IN_HINT_COOKIE } from '../account-hint.js';

/** The most a saved form may hold, as JSON. */
export const MAX_DRAFT_BYTES = 64 * 1024;
/** A saved form is kept this long after it was last saved, or the form's retention if shorter. */
export const DRAFT_MAX_DAYS = 30;

export const draftDays = (definition: Pick<FormDefinition, 'retentionDays'>): number =>
  Math.min(definition.retentionDays, DRAFT_MAX_DAYS);

const text = z.string().max(10_000);
const draftValue = z.union([
  text,
  z.number().finite(),
  z.array(z.string().max(1_000)).max(100),
  z.record(z.string().max(40), z.string().max(1_000)).refine((value) => Object.keys(value).length <= 10),
]);
export type DraftValue = z.infer<typeof draftValue>;
export type DraftAnswers = Record<string, DraftValue>;

/**
 * The answers worth keeping from whatever was sent: each of the form's questions
 * (files aside) whose answer has a form's shape. Anything else is dropped, never
 * an error: a half-filled form is saved as far as it goes.
 */
export function draftAnswers(definition: Pick<FormDefinition, 'pages'>, given: unknown): DraftAnswers {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return {};
  const answers: DraftAnswers = {};
  for (const field of allFields(definition)) {
    if (field.kind === 'file' || !Object.prototype.hasOwnProperty.call(given, field.name)) continue;
    const parsed = draftValue.safeParse((given as Record<string, unknown>)[field.name]);
    if (parsed.success) answers[field.name] = parsed.data;
  }
  return answers;
}

/** The island's address for a signed-in resident's saved form, and for a guest's. */
export const draftPaths = {
  mine: (slug: string) => `/account/drafts/${slug}`,
  guest: (slug: string) => `/account/drafts/${slug}/guest`,
  remove: (slug: string) => `/account/drafts/${slug}/delete`,
  resume: '/account/resume',
} as const;

/** What `GET /account/drafts/<slug>` answers: the signed-in resident's saved answers. */
export const savedDraftSchema = z.object({
  form: z.string(),
  answers: z.record(z.string(), draftValue),
  savedAt: z.iso.datetime(),
  deleteAfter: z.iso.datetime(),
});
export type SavedDraft = z.infer<typeof savedDraftSchema>;
