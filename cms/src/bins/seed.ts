import type { Core } from '@strapi/strapi';
import { parsePostcodeList, type CouncilContent } from '@doorstep/domain';
import { z } from 'zod';
import { binRoundToCms } from '@doorstep/domain';

const rows = z.array(z.object({ usrn: z.coerce.number() }));
const streets = z.array(
  z.object({
    usrn: z.coerce.number(),
    streetName: z.string(),
    locality: z.string(),
    postcodes: z.string().nullable(),
  }),
);

/**
 * Loads a council's bin rounds for the streets of the verges the CMS holds (so every
 * round's USRN is a known street, whichever day the verges were generated), through
 * the importer's writer. Idempotent like the rest of the loader: only streets without
 * a round are added, so an editor's changes stay.
 */
export async function loadBinRounds(
  strapi: Core.Strapi,
  binRounds: NonNullable<CouncilContent['binRounds']>,
): Promise<number> {
  const existing = new Set(
    rows.parse(await strapi.db.query('api::bin-round.bin-round').findMany({ select: ['usrn'] })).map((row) => row.usrn),
  );
  const verges = streets.parse(
    await strapi.db.query('api::verge.verge').findMany({
      where: { usrn: { $notNull: true }, publishedAt: { $null: true } },
      select: ['usrn', 'streetName', 'locality', 'postcodes'],
    }),
  );
  const missing = verges
    .filter((verge) => !existing.has(verge.usrn))
    .map((verge) => ({ ...verge, postcodes: parsePostcodeList(verge.postcodes).postcodes }));
  const rounds = binRounds.generate(missing);
  // One at a time, each in the Document Service's own transaction: demo data needs no
  // all-or-nothing, and 380 publishes in one transaction on PostgreSQL left a query
  // pending past the CMS's shutdown (an unhandled "aborted" from the pool).
  const documents = strapi.documents('api::bin-round.bin-round');
  for (const round of rounds) await documents.create({ data: binRoundToCms(round) as never, status: 'published' });
  return rounds.length;
}
