import { z } from 'zod';
import { normalisePostcode } from '../postcode.js';
import { isIsoDate } from '../verges/dates.js';
import { usrnSchema } from '../verges/verge.js';
import { BIN_COLOURS, BIN_KINDS, COLLECTION_WEEKDAYS } from './bin.js';
import { dayNumber, dayOfWeek } from './days.js';

/**
 * A collection round for one street (USRN): which bins go out, on which weekday,
 * every week or every other week counted from an anchor date, and the exceptions
 * (a collection moved to another day, as round bank holidays). One schema for the
 * publish check, the CSV import and the site build.
 */
const isoDate = (what: string) =>
  z.string({ error: `Enter ${what}, like 2026-12-25` }).refine(isIsoDate, {
    message: `Enter ${what} as a real date, like 2026-12-25`,
  });

/** An exception may move a collection at most this many days either way. */
export const MAX_MOVE_DAYS = 14;

export const binServiceSchema = z
  .object({
    bin: z.enum(BIN_KINDS, { error: 'The bin must be rubbish, recycling, garden-waste or food-waste' }),
    name: z.string().trim().max(60, 'The bin’s name must be 60 characters or fewer').nullish(),
    colour: z.enum(BIN_COLOURS, { error: `The colour must be one of ${BIN_COLOURS.join(', ')}` }),
    weekday: z.enum(COLLECTION_WEEKDAYS, { error: 'Collections are on a weekday, Monday to Friday' }),
    everyWeeks: z.union([z.literal(1), z.literal(2)], { error: 'Collections are every 1 or every 2 weeks' }),
    firstCollection: isoDate('the date of the first collection'),
  })
  .superRefine((service, ctx) => {
    if (!isIsoDate(service.firstCollection)) return;
    const actual = dayOfWeek(service.firstCollection);
    if (actual !== service.weekday) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstCollection'],
        message: `${service.firstCollection} is a ${capitalise(actual)}, not a ${capitalise(service.weekday)}: the first collection must fall on the collection day`,
      });
    }
  });

export const binExceptionSchema = z
  .object({
    originalDate: isoDate('the date the collection was due'),
    newDate: isoDate('the date it moves to'),
    /** Only this bin moves; absent or null, every bin due that day moves. */
    bin: z.enum(BIN_KINDS, { error: 'The bin must be rubbish, recycling, garden-waste or food-waste' }).nullish(),
    reason: z
      .string({ error: 'Say why the collection moves, like "Christmas Day"' })
      .trim()
      .min(1, 'Say why the collection moves, like "Christmas Day"')
      .max(120, 'The reason must be 120 characters or fewer'),
  })
  .superRefine((exception, ctx) => {
    if (!isIsoDate(exception.originalDate) || !isIsoDate(exception.newDate)) return;
    const days = dayNumber(exception.newDate) - dayNumber(exception.originalDate);
    if (days === 0)
      ctx.addIssue({ code: 'custom', path: ['newDate'], message: 'The new date must differ from the original date' });
    if (Math.abs(days) > MAX_MOVE_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['newDate'],
        message: `A collection can move at most ${MAX_MOVE_DAYS} days either way`,
      });
    }
  });

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${capitalise(what.replace(/^the /, 'The '))} must be ${max} characters or fewer`);

export const binRoundSchema = z
  .object({
    usrn: usrnSchema,
    streetName: text('the street name', 120),
    locality: text('the locality (town, village or area)', 80),
    postcodes: z
      .array(
        z.string().transform((value, ctx) => {
          const postcode = normalisePostcode(value);
          if (postcode) return postcode;
          ctx.addIssue({
            code: 'custom',
            message: `"${value}" is not a postcode: enter a real postcode, like BW1 2AB`,
          });
          return z.NEVER;
        }),
      )
      .max(20, 'Give at most 20 postcodes'),
    services: z.array(binServiceSchema).min(1, 'Give at least one bin collected on this street').max(8),
    exceptions: z.array(binExceptionSchema).max(100, 'Give at most 100 changes'),
  })
  .superRefine((round, ctx) => {
    const seen = new Set<string>();
    round.services.forEach((service, index) => {
      if (seen.has(service.bin)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', index, 'bin'],
          message: `The ${service.bin} bin is listed twice: give each bin once`,
        });
      }
      seen.add(service.bin);
    });
  });

export type BinService = z.output<typeof binServiceSchema>;
export type BinServiceInput = z.input<typeof binServiceSchema>;
export type BinException = z.output<typeof binExceptionSchema>;
export type BinRound = z.output<typeof binRoundSchema>;
export type BinRoundInput = z.input<typeof binRoundSchema>;

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
