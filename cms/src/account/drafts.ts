import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  draftAnswers,
  draftDays,
  MAX_DRAFT_BYTES,
  type DraftAnswers,
  type FormDefinition,
  type SavedDraft,
} from '@doorstep/domain';
import { TABLES } from './store';

/**
 * Saved forms (issue 15): a signed-in resident's, one per form, listed in the
 * account and resumed on any device; a guest's, reached only by the emailed link
 * and code (sign-in.ts), once. Each is deleted when its form is sent, when it is
 * resumed (a guest's), or after the form's retention or DRAFT_MAX_DAYS, whichever
 * is sooner. Every query names the owner: a draft id alone reaches nothing.
 */
const DAY_MS = 24 * 60 * 60_000;

const draftRow = z.object({
  id: z.string(),
  resident_id: z.string().nullish(),
  guest_email: z.string().nullish(),
  form_slug: z.string(),
  form_title: z.string(),
  answers: z.string(),
  updated_at: z.coerce.number(),
  expires_at: z.coerce.number(),
});

export interface Draft {
  id: string;
  formSlug: string;
  formTitle: string;
  answers: DraftAnswers;
  savedAt: number;
  expiresAt: number;
}

function fromRow(found: unknown): Draft {
  const row = draftRow.parse(found);
  let answers: DraftAnswers = {};
  try {
    answers = z.record(z.string(), z.unknown()).parse(JSON.parse(row.answers)) as DraftAnswers;
  } catch {
    answers = {};
  }
  return {
    id: row.id,
    formSlug: row.form_slug,
    formTitle: row.form_title,
    answers,
    savedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}

export type Owner = { residentId: string } | { guestEmail: string };

export type SaveResult = { ok: true; draft: Draft } | { ok: false; message: string };

/** The answers to keep, or why not: too big to keep. */
export function answersToKeep(
  definition: FormDefinition,
  given: unknown,
): { answers: DraftAnswers; json: string } | null {
  const answers = draftAnswers(definition, given);
  const json = JSON.stringify(answers);
  return Buffer.byteLength(json) > MAX_DRAFT_BYTES ? null : { answers, json };
}

const TOO_BIG = 'Your answers are too long to save. Shorten the longest answers and try again.';

/**
 * Saves a form's answers for its owner. A resident has one saved copy per form, which
 * this replaces; a guest's each save is new (each has its own link).
 */
export async function saveDraft(
  strapi: Core.Strapi,
  owner: Owner,
  definition: FormDefinition,
  given: unknown,
  now = Date.now(),
): Promise<SaveResult> {
  const kept = answersToKeep(definition, given);
  if (!kept) return { ok: false, message: TOO_BIG };
  const knex = strapi.db.connection;
  const expiresAt = now + draftDays(definition) * DAY_MS;
  const values = { form_title: definition.title, answers: kept.json, updated_at: now, expires_at: expiresAt };
  if ('residentId' in owner) {
    const updated = await knex(TABLES.drafts)
      .where({ resident_id: owner.residentId, form_slug: definition.slug })
      .update(values);
    if (updated > 0) {
      const draft = await findDraft(strapi, owner, definition.slug, now);
      if (draft) return { ok: true, draft };
    }
  }
  const id = randomUUID();
  await knex(TABLES.drafts).insert({
    id,
    resident_id: 'residentId' in owner ? owner.residentId : null,
    guest_email: 'guestEmail' in owner ? owner.guestEmail : null,
    form_slug: definition.slug,
    created_at: now,
    ...values,
  });
  return {
    ok: true,
    draft: {
      id,
      formSlug: definition.slug,
      formTitle: definition.title,
      answers: kept.answers,
      savedAt: now,
      expiresAt,
    },
  };
}

/** The resident's saved copy of a form, if it has not expired. */
export async function findDraft(
  strapi: Core.Strapi,
  owner: { residentId: string },
  slug: string,
  now = Date.now(),
): Promise<Draft | null> {
  const found: unknown = await strapi.db
    .connection(TABLES.drafts)
    .where({ resident_id: owner.residentId, form_slug: slug })
    .andWhere('expires_at', '>', now)
    .orderBy('updated_at', 'desc')
    .first();
  return found ? fromRow(found) : null;
}

/** A guest's saved form by its id: only ever after its code was spent (sign-in.ts). */
export async function findGuestDraft(strapi: Core.Strapi, id: string, now = Date.now()): Promise<Draft | null> {
  const found: unknown = await strapi.db
    .connection(TABLES.drafts)
    .where({ id })
    .whereNull('resident_id')
    .whereNotNull('guest_email')
    .andWhere('expires_at', '>', now)
    .first();
  return found ? fromRow(found) : null;
}

export async function myDrafts(strapi: Core.Strapi, residentId: string, now = Date.now()): Promise<Draft[]> {
  const rows: unknown[] = await strapi.db
    .connection(TABLES.drafts)
    .where({ resident_id: residentId })
    .andWhere('expires_at', '>', now)
    .orderBy('updated_at', 'desc');
  return rows.map(fromRow);
}

/** Deletes the resident's saved copy of a form; how many went (0 or 1). */
export async function deleteDraft(strapi: Core.Strapi, residentId: string, slug: string): Promise<number> {
  return strapi.db.connection(TABLES.drafts).where({ resident_id: residentId, form_slug: slug }).delete();
}

export async function deleteGuestDraft(strapi: Core.Strapi, id: string): Promise<void> {
  await strapi.db.connection(TABLES.drafts).where({ id }).whereNull('resident_id').delete();
}

/** Saved forms past their time, removed by the hourly clean-up. */
export async function deleteExpiredDrafts(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  return strapi.db.connection(TABLES.drafts).where('expires_at', '<=', now).delete();
}

/** What the island reads back. */
export const savedDraftOf = (draft: Draft): SavedDraft => ({
  form: draft.formSlug,
  answers: draft.answers,
  savedAt: new Date(draft.savedAt).toISOString(),
  deleteAfter: new Date(draft.expiresAt).toISOString(),
});
