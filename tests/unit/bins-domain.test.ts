import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  BIN_KINDS,
  binRoundSchema,
  changesBetween,
  collectedOn,
  collectionsBetween,
  COLLECTION_WEEKDAYS,
  dayOfWeek,
  describeIssues,
  nextCollectionOfEachBin,
  nextCollections,
  parseDayOfWeek,
  type BinException,
  type BinService,
  type HasCollections,
} from '@doorstep/domain';

/** Ashgrove Road, Bramblewick: rubbish weekly on Friday, recycling and garden waste on alternate Fridays. */
const service = (bin: BinService['bin'], everyWeeks: 1 | 2, firstCollection: string): BinService => ({
  bin,
  name: null,
  colour: 'black',
  weekday: 'friday',
  everyWeeks,
  firstCollection,
});
const christmas: BinException = {
  originalDate: '2026-12-25',
  newDate: '2026-12-28',
  bin: null,
  reason: 'Christmas Day',
};
const newYear: BinException = {
  originalDate: '2027-01-01',
  newDate: '2027-01-02',
  bin: null,
  reason: 'New Year’s Day',
};
const round: HasCollections = {
  services: [
    service('rubbish', 1, '2026-04-03'),
    service('recycling', 2, '2026-04-10'),
    service('garden-waste', 2, '2026-04-03'),
  ],
  exceptions: [christmas, newYear],
};

describe('a collection round’s dates', () => {
  it('lists the collections of a fortnight, bins together by day', () => {
    expect(collectionsBetween(round, '2026-11-30', '2026-12-13')).toEqual([
      { date: '2026-12-04', bins: ['rubbish', 'recycling'] },
      { date: '2026-12-11', bins: ['rubbish', 'garden-waste'] },
    ]);
  });

  it('moves Christmas and New Year’s Day collections, saying why', () => {
    expect(collectionsBetween(round, '2026-12-24', '2027-01-03')).toEqual([
      { date: '2026-12-28', bins: ['rubbish', 'garden-waste'], moved: { from: '2026-12-25', reason: 'Christmas Day' } },
      { date: '2027-01-02', bins: ['rubbish', 'recycling'], moved: { from: '2027-01-01', reason: 'New Year’s Day' } },
    ]);
    expect(collectedOn(round, '2026-12-25')).toEqual([]);
    expect(collectedOn(round, '2026-12-28')).toEqual(['rubbish', 'garden-waste']);
  });

  it('moves only the bin an exception names', () => {
    const onlyGarden = { ...round, exceptions: [{ ...christmas, bin: 'garden-waste' as const }] };
    expect(collectedOn(onlyGarden, '2026-12-25')).toEqual(['rubbish']);
    expect(collectedOn(onlyGarden, '2026-12-28')).toEqual(['garden-waste']);
  });

  it('gives the next collections from today, today’s included', () => {
    expect(nextCollections(round, '2026-12-04', 2).map((c) => c.date)).toEqual(['2026-12-04', '2026-12-11']);
    expect(nextCollections({ services: [], exceptions: [] }, '2026-12-04', 3)).toEqual([]);
  });

  it('gives the next day for each bin', () => {
    expect(nextCollectionOfEachBin(round, '2026-12-20')).toEqual([
      { bin: 'rubbish', date: '2026-12-28', moved: { from: '2026-12-25', reason: 'Christmas Day' } },
      { bin: 'recycling', date: '2027-01-02', moved: { from: '2027-01-01', reason: 'New Year’s Day' } },
      { bin: 'garden-waste', date: '2026-12-28', moved: { from: '2026-12-25', reason: 'Christmas Day' } },
    ]);
  });

  it('lists the changes coming up in a window', () => {
    expect(changesBetween(round, '2026-12-01', '2026-12-31')).toEqual([christmas]);
    expect(changesBetween(round, '2026-12-26', '2027-01-10')).toEqual([christmas, newYear]);
    expect(changesBetween(round, '2027-01-03', '2027-01-10')).toEqual([]);
  });

  it('collects nothing before the first collection', () => {
    expect(collectionsBetween(round, '2026-03-01', '2026-04-02')).toEqual([]);
  });
});

describe('a collection round’s rules', () => {
  const good = {
    usrn: 48_200_101,
    streetName: 'Ashgrove Road',
    locality: 'Bramblewick',
    postcodes: ['bw1 2ab'],
    services: [{ bin: 'rubbish', colour: 'black', weekday: 'friday', everyWeeks: 1, firstCollection: '2026-04-03' }],
    exceptions: [christmas],
  };
  const problems = (input: unknown) => {
    const result = binRoundSchema.safeParse(input);
    return result.success ? [] : describeIssues(result.error);
  };

  it('accepts a good round and normalises its postcodes', () => {
    expect(binRoundSchema.parse(good).postcodes).toEqual(['BW1 2AB']);
  });

  it('refuses impossible patterns, each named by its place', () => {
    const [first] = good.services;
    expect(problems({ ...good, services: [{ ...first, everyWeeks: 3 }] })).toEqual([
      'services[0].everyWeeks: Collections are every 1 or every 2 weeks',
    ]);
    expect(problems({ ...good, services: [{ ...first, weekday: 'saturday', firstCollection: '2026-04-04' }] })).toEqual(
      ['services[0].weekday: Collections are on a weekday, Monday to Friday'],
    );
    expect(problems({ ...good, services: [{ ...first, firstCollection: '2026-04-02' }] })).toEqual([
      'services[0].firstCollection: 2026-04-02 is a Thursday, not a Friday: the first collection must fall on the collection day',
    ]);
    expect(problems({ ...good, services: [first, first] })).toEqual([
      'services[1].bin: The rubbish bin is listed twice: give each bin once',
    ]);
    expect(problems({ ...good, exceptions: [{ ...christmas, newDate: '2027-02-01' }] })).toEqual([
      'exceptions[0].newDate: A collection can move at most 14 days either way',
    ]);
  });

  it('reads the days of the week as spreadsheets write them', () => {
    expect(parseDayOfWeek('Fri')).toBe('friday');
    expect(parseDayOfWeek(' MONDAY ')).toBe('monday');
    expect(parseDayOfWeek('Funday')).toBeNull();
    expect(parseDayOfWeek('T')).toBeNull();
  });
});

describe('collection rounds, for any pattern and exceptions', () => {
  const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2026-01-05', n));
  const services = fc.uniqueArray(
    fc.record({
      bin: fc.constantFrom(...BIN_KINDS),
      weekday: fc.constantFrom(...COLLECTION_WEEKDAYS),
      everyWeeks: fc.constantFrom(1 as const, 2 as const),
      weeksIn: fc.integer({ min: 0, max: 60 }),
    }),
    { selector: (s) => s.bin, minLength: 1, maxLength: 4 },
  );
  const rounds = fc
    .tuple(
      services,
      fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: -14, max: 14 })), { maxLength: 6 }),
    )
    .map(([plain, moves]): HasCollections => {
      const built = plain.map((s) => {
        // 2026-01-05 is a Monday: the anchor is the chosen weekday, some weeks in.
        const firstCollection = addDays('2026-01-05', 7 * s.weeksIn + COLLECTION_WEEKDAYS.indexOf(s.weekday));
        return { bin: s.bin, weekday: s.weekday, everyWeeks: s.everyWeeks, firstCollection };
      });
      const exceptions = moves
        .filter(([, by]) => by !== 0)
        .map(([offset, by]): BinException => {
          const originalDate = addDays(built[0]!.firstCollection, offset);
          return { originalDate, newDate: addDays(originalDate, by), bin: null, reason: 'Bank holiday' };
        });
      // One exception per day: councils move a day's collections once.
      const unique = [...new Map(exceptions.map((e) => [e.originalDate, e])).values()];
      return { services: built, exceptions: unique };
    });
  const window = fc
    .tuple(day, fc.integer({ min: 0, max: 90 }))
    .map(([from, length]) => [from, addDays(from, length)] as const);

  it('lists collections inside the window, in date order', () => {
    fc.assert(
      fc.property(rounds, window, (r, [from, to]) => {
        const dates = collectionsBetween(r, from, to).map((c) => c.date);
        expect(dates.every((date) => date >= from && date <= to)).toBe(true);
        expect([...dates].sort()).toEqual(dates);
      }),
    );
  });

  it('without exceptions, collects each bin on its weekday, every 1 or 2 weeks', () => {
    fc.assert(
      fc.property(rounds, window, (r, [from, to]) => {
        const plain = { ...r, exceptions: [] };
        for (const s of r.services) {
          const dates = collectionsBetween(plain, from, to)
            .filter((c) => c.bins.includes(s.bin))
            .map((c) => c.date);
          for (const date of dates) expect(dayOfWeek(date)).toBe(s.weekday);
          for (let i = 1; i < dates.length; i += 1) expect(addDays(dates[i - 1]!, 7 * s.everyWeeks)).toBe(dates[i]);
          expect(dates.every((date) => date >= s.firstCollection)).toBe(true);
        }
      }),
    );
  });

  it('agrees with itself: split windows, single days and the next collections', () => {
    fc.assert(
      fc.property(rounds, window, fc.integer({ min: 0, max: 90 }), (r, [from, to], cut) => {
        const middle = addDays(from, Math.min(cut, 90));
        const whole = collectionsBetween(r, from, to);
        if (middle < to) {
          expect([...collectionsBetween(r, from, middle), ...collectionsBetween(r, addDays(middle, 1), to)]).toEqual(
            whole,
          );
        }
        const onFrom = whole.filter((c) => c.date === from).flatMap((c) => c.bins);
        expect(collectedOn(r, from)).toEqual(
          [...new Set(onFrom)].sort((a, b) => BIN_KINDS.indexOf(a) - BIN_KINDS.indexOf(b)),
        );
        const next = nextCollections(r, from, 3);
        expect(next).toHaveLength(3);
        expect(next).toEqual(collectionsBetween(r, from, next[2]!.date).slice(0, 3));
      }),
    );
  });

  it('never collects on a day whose collections were all moved away, unless moved onto it', () => {
    fc.assert(
      fc.property(rounds, (r) => {
        const movedOnto = new Set(r.exceptions.map((e) => e.newDate));
        for (const exception of r.exceptions) {
          if (movedOnto.has(exception.originalDate)) continue;
          expect(collectedOn(r, exception.originalDate)).toEqual([]);
          const moved = collectionsBetween(r, exception.newDate, exception.newDate).filter(
            (c) => c.moved?.from === exception.originalDate,
          );
          const due = collectedOn({ ...r, exceptions: [] }, exception.originalDate);
          expect(moved.flatMap((c) => c.bins)).toEqual(due);
        }
      }),
    );
  });

  it('lists as changes exactly the exceptions touching the window', () => {
    fc.assert(
      fc.property(rounds, window, (r, [from, to]) => {
        const changes = changesBetween(r, from, to);
        for (const e of r.exceptions) {
          const touches = (e.originalDate >= from && e.originalDate <= to) || (e.newDate >= from && e.newDate <= to);
          expect(changes.includes(e)).toBe(touches);
        }
      }),
    );
  });
});
