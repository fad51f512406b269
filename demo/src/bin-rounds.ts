import {
  COLLECTION_WEEKDAYS,
  dayOfWeek,
  type BinException,
  type BinRound,
  type BinService,
  type Verge,
} from '@doorstep/domain';
import { addDays } from '@doorstep/domain';

/**
 * Bramblewick's bin rounds, one per street of its verges, as the waste team runs them
 * (see the "Check your bin collection day" page): the black bin and the blue bin on
 * alternate weeks, the food caddy every week, and the brown garden-waste bin on the
 * blue bin's week in the streets that subscribe. Deterministic from the USRN.
 */
const FIRST_MONDAY = '2026-04-06';

/** Christmas and New Year 2026/27: Boxing Day's bank holiday falls on Monday 28 December. */
export const HOLIDAY_CHANGES: ReadonlyArray<Omit<BinException, 'bin'>> = [
  { originalDate: '2026-12-25', newDate: '2026-12-26', reason: 'Christmas Day' },
  { originalDate: '2026-12-28', newDate: '2026-12-29', reason: 'Boxing Day bank holiday (Monday 28 December)' },
  { originalDate: '2026-12-29', newDate: '2026-12-30', reason: 'Bank holiday week: collections a day late' },
  { originalDate: '2026-12-30', newDate: '2026-12-31', reason: 'Bank holiday week: collections a day late' },
  { originalDate: '2026-12-31', newDate: '2027-01-02', reason: 'New Year’s Day bank holiday' },
  { originalDate: '2027-01-01', newDate: '2027-01-02', reason: 'New Year’s Day' },
];

function services(usrn: number): BinService[] {
  const index = usrn % COLLECTION_WEEKDAYS.length;
  const weekday = COLLECTION_WEEKDAYS[index]!;
  const weekA = addDays(FIRST_MONDAY, index);
  const weekB = addDays(weekA, 7);
  const [black, blue] = Math.floor(usrn / 5) % 2 === 0 ? [weekA, weekB] : [weekB, weekA];
  const list: BinService[] = [
    { bin: 'rubbish', name: 'Black bin', colour: 'black', weekday, everyWeeks: 2, firstCollection: black },
    { bin: 'recycling', name: 'Blue bin', colour: 'blue', weekday, everyWeeks: 2, firstCollection: blue },
    { bin: 'food-waste', name: 'Food caddy', colour: 'green', weekday, everyWeeks: 1, firstCollection: weekA },
  ];
  if (usrn % 3 !== 0) {
    list.splice(2, 0, {
      bin: 'garden-waste',
      name: 'Brown bin',
      colour: 'brown',
      weekday,
      everyWeeks: 2,
      firstCollection: blue,
    });
  }
  return list;
}

type Street = Pick<Verge, 'streetName' | 'locality' | 'postcodes'> & { usrn: number | null };

/** A round for each street (the streets of the verges, one entry per verge or per street), in USRN order. */
export function generateBinRounds(verges: readonly Street[]): BinRound[] {
  const streets = new Map<number, BinRound>();
  for (const verge of verges) {
    if (verge.usrn === null) continue;
    const round = streets.get(verge.usrn);
    if (round) {
      round.postcodes = [...new Set([...round.postcodes, ...verge.postcodes])].sort();
      continue;
    }
    const list = services(verge.usrn);
    // The food caddy goes out every week, so every change on the street's weekday moves something.
    const exceptions = HOLIDAY_CHANGES.filter((change) => dayOfWeek(change.originalDate) === list[0]!.weekday).map(
      (change) => ({ ...change, bin: null }),
    );
    streets.set(verge.usrn, {
      usrn: verge.usrn,
      streetName: verge.streetName,
      locality: verge.locality,
      postcodes: [...verge.postcodes].sort(),
      services: list,
      exceptions,
    });
  }
  return [...streets.values()].sort((a, b) => a.usrn - b.usrn);
}
