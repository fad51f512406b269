import { z } from 'zod';
import { formatPostcodeList } from '../verges/postcodes.js';
import { splitPostcodes } from '../verges/from-cms.js';
import type { BinRound } from './round.js';

/**
 * A round as Strapi stores it (postcodes as one text field, components with ids,
 * integers PostgreSQL may return as strings) turned into the input `binRoundSchema`
 * checks, and a checked round back into what the Document Service writes.
 */
const maybeNumber = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.unknown(),
);

const cmsRound = z.looseObject({
  usrn: maybeNumber,
  streetName: z.unknown(),
  locality: z.unknown(),
  postcodes: z.string().nullish(),
  services: z
    .array(
      z.looseObject({
        bin: z.unknown(),
        name: z.unknown().optional(),
        colour: z.unknown(),
        weekday: z.unknown(),
        everyWeeks: maybeNumber,
        firstCollection: z.unknown(),
      }),
    )
    .nullish(),
  exceptions: z
    .array(
      z.looseObject({
        originalDate: z.unknown(),
        newDate: z.unknown(),
        bin: z.unknown().optional(),
        reason: z.unknown(),
      }),
    )
    .nullish(),
});

export function binRoundFromCms(entry: unknown): Record<string, unknown> {
  const round = cmsRound.parse(entry);
  return {
    usrn: round.usrn,
    streetName: round.streetName,
    locality: round.locality,
    postcodes: splitPostcodes(round.postcodes),
    services: (round.services ?? []).map(({ bin, name, colour, weekday, everyWeeks, firstCollection }) => ({
      bin,
      name: name ?? null,
      colour,
      weekday,
      everyWeeks,
      firstCollection,
    })),
    exceptions: (round.exceptions ?? []).map(({ originalDate, newDate, bin, reason }) => ({
      originalDate,
      newDate,
      bin: bin ?? null,
      reason,
    })),
  };
}

/** The Document Service's data for a checked round. */
export function binRoundToCms(round: BinRound) {
  return {
    usrn: round.usrn,
    streetName: round.streetName,
    locality: round.locality,
    postcodes: formatPostcodeList(round.postcodes),
    services: round.services.map((service) => ({ ...service, name: service.name ?? null })),
    exceptions: round.exceptions.map((exception) => ({ ...exception, bin: exception.bin ?? null })),
  };
}
