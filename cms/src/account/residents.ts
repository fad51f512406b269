import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { TABLES } from './store';
import { ALERT_TABLES } from '../alerts/store';

/** What the account keeps about a resident, and the form answers it fills in. */
export const addressSchema = z.object({
  line1: z.string().trim().max(200).default(''),
  line2: z.string().trim().max(200).default(''),
  town: z.string().trim().max(100).default(''),
  postcode: z.string().trim().max(10).default(''),
});
export type ResidentAddress = z.infer<typeof addressSchema>;

export interface Resident {
  id: string;
  email: string;
  name: string;
  phone: string;
  address: ResidentAddress;
  createdAt: number;
  signedInAt: number | null;
}

const residentRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullish(),
  phone: z.string().nullish(),
  address: z.string().nullish(),
  created_at: z.coerce.number(),
  signed_in_at: z.coerce.number().nullish(),
});

function fromRow(found: unknown): Resident {
  const row = residentRow.parse(found);
  let address: ResidentAddress = addressSchema.parse({});
  if (row.address) {
    const parsed = addressSchema.safeParse(JSON.parse(row.address));
    if (parsed.success) address = parsed.data;
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name ?? '',
    phone: row.phone ?? '',
    address,
    createdAt: row.created_at,
    signedInAt: row.signed_in_at ?? null,
  };
}

/** Email addresses compare without case or surrounding space: one person, one account. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(320, 'Email address must be 320 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))
  .transform(normaliseEmail);

export async function findResident(knex: Knex, id: string): Promise<Resident | null> {
  const found: unknown = await knex(TABLES.residents).where({ id }).first();
  return found ? fromRow(found) : null;
}

/** The account for a verified address: the first sign-in makes it. */
export async function residentForEmail(knex: Knex, email: string, now = Date.now()): Promise<Resident> {
  const existing: unknown = await knex(TABLES.residents).where({ email }).first();
  if (existing) {
    await knex(TABLES.residents).where({ email }).update({ signed_in_at: now });
    return { ...fromRow(existing), signedInAt: now };
  }
  const id = randomUUID();
  // Two first sign-ins at once: the unique address lets one in; the other reads it.
  await knex(TABLES.residents).insert({ id, email, created_at: now, signed_in_at: now }).onConflict('email').ignore();
  return fromRow(await knex(TABLES.residents).where({ email }).first());
}

export const detailsSchema = z.object({
  name: z.string().trim().max(200, 'Name must be 200 characters or fewer').default(''),
  phone: z
    .string()
    .trim()
    .max(40, 'Phone number must be 40 characters or fewer')
    .regex(/^[0-9+() -]*$/, 'Enter a phone number, like 01632 960 001 or +44 808 157 0192')
    .default(''),
  address: addressSchema.default({ line1: '', line2: '', town: '', postcode: '' }),
});
export type ResidentDetails = z.infer<typeof detailsSchema>;

export async function saveDetails(knex: Knex, id: string, details: ResidentDetails): Promise<void> {
  await knex(TABLES.residents)
    .where({ id })
    .update({ name: details.name, phone: details.phone, address: JSON.stringify(details.address) });
}

/**
 * Deletes the account: its sessions, saved forms, details and codes. Submissions
 * are unlinked, not deleted: the council keeps them for their retention period, as
 * the privacy notice says.
 */
export async function deleteResident(strapi: Core.Strapi, resident: Resident): Promise<void> {
  await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    await trx(TABLES.sessions).where({ resident_id: resident.id }).delete();
    await trx(TABLES.drafts).where({ resident_id: resident.id }).delete();
    // Forms saved without signing in, with this address: theirs too.
    await trx(TABLES.drafts).where({ guest_email: resident.email }).whereNull('resident_id').delete();
    await trx(TABLES.codes).where({ email: resident.email }).delete();
    await trx(ALERT_TABLES.subscriptions).where({ resident_id: resident.id }).delete();
    await trx('form_submissions').where({ account_id: resident.id }).update({ account_id: null });
    await trx(TABLES.residents).where({ id: resident.id }).delete();
  });
}
