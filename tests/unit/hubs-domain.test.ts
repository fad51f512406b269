import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WEEKDAYS,
  clockTime,
  communityHubContract,
  contractProblems,
  distanceMetres,
  hubsByDistance,
  milesAway,
  openingSentence,
  openingState,
  type OpeningTime,
} from '@doorstep/domain';

/** Places in the fictional borough (demo/src/council/community-hubs.ts). */
const library = { name: 'Bramblewick Central Library', latitude: 52.2614, longitude: -1.4012 };
const civicCentre = { name: 'Civic Centre help point', latitude: 52.2598, longitude: -1.3987 };
const farHub = { name: 'Hollins Cross', latitude: 52.2128, longitude: -1.4408 };

describe('how far a hub is', () => {
  it('measures the great circle: one degree of latitude is about 111 km', () => {
    const metres = distanceMetres({ latitude: 52, longitude: -1 }, { latitude: 53, longitude: -1 });
    expect(metres).toBeGreaterThan(111_100);
    expect(metres).toBeLessThan(111_300);
    // London to Edinburgh, about 534 km as the crow flies.
    const edinburgh = distanceMetres(
      { latitude: 51.5074, longitude: -0.1278 },
      { latitude: 55.9533, longitude: -3.1883 },
    );
    expect(Math.round(edinburgh / 1000)).toBe(534);
  });

  it('puts hubs nearest first, each with its distance', () => {
    const found = hubsByDistance([farHub, civicCentre, library], { latitude: 52.2612, longitude: -1.4009 });
    expect(found.map(({ hub }) => hub.name)).toEqual([library.name, civicCentre.name, farHub.name]);
    expect(found[0]!.metres).toBeLessThan(50);
  });

  it('writes miles to one decimal, as GOV.UK does', () => {
    expect(milesAway(1_931)).toBe('1.2 miles');
    expect(milesAway(1_609)).toBe('1.0 mile');
    expect(milesAway(30)).toBe('less than 0.1 miles');
    expect(milesAway(5_000)).toBe('3.1 miles');
  });

  const point = fc.record({
    latitude: fc.double({ min: -90, max: 90, noNaN: true }),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  });
  const HALF_WAY_ROUND = Math.PI * 6_371_008.8;

  it('is a distance: zero to itself, symmetric, within half the world, and obeys the triangle', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceMetres(a, a)).toBeCloseTo(0, 6);
        expect(distanceMetres(a, b)).toBeCloseTo(distanceMetres(b, a), 6);
        expect(distanceMetres(a, b)).toBeLessThanOrEqual(HALF_WAY_ROUND + 1e-6);
        // Haversine in doubles loses up to about a tenth of a metre near opposite points of
        // the globe (fast-check found 0.07 m there); a council's distances are kilometres.
        expect(distanceMetres(a, c)).toBeLessThanOrEqual(distanceMetres(a, b) + distanceMetres(b, c) + 1);
      }),
    );
  });

  it('orders any hubs by distance without losing or adding one', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), point, (hubs, from) => {
        const found = hubsByDistance(hubs, from);
        expect(found.map(({ hub }) => hub).sort(byPlace)).toEqual([...hubs].sort(byPlace));
        found.slice(1).forEach((entry, index) => expect(entry.metres).toBeGreaterThanOrEqual(found[index]!.metres));
      }),
    );
  });
});

const byPlace = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  a.latitude - b.latitude || a.longitude - b.longitude;

/** Open on Sundays only, 10am to 4pm: the changeover days are Sundays. */
const sundays: OpeningTime[] = [{ day: 'sunday', opens: '10:00', closes: '16:00' }];
const weekdays: OpeningTime[] = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
  day,
  opens: '09:00:00.000',
  closes: '17:00:00.000',
}));

const sentenceAt = (times: OpeningTime[], instant: string) => openingSentence(openingState(times, new Date(instant)));

describe('open now, or when it opens, in UK time', () => {
  it('says when it closes, or when it next opens in plain English', () => {
    // Wednesday 2 December 2026, GMT.
    expect(openingState(weekdays, new Date('2026-12-02T11:00:00Z'))).toEqual({ open: true, closesAt: '17:00' });
    expect(sentenceAt(weekdays, '2026-12-02T11:00:00Z')).toBe('Open now, closes at 5pm');
    expect(sentenceAt(weekdays, '2026-12-02T08:15:00Z')).toBe('Closed, opens today at 9am');
    expect(sentenceAt(weekdays, '2026-12-02T17:00:00Z')).toBe('Closed, opens tomorrow at 9am');
    // Friday evening: next open on Monday.
    expect(openingState(weekdays, new Date('2026-12-04T18:00:00Z'))).toEqual({
      open: false,
      opensAt: { day: 'Monday', time: '09:00' },
    });
    expect(sentenceAt(weekdays, '2026-12-04T18:00:00Z')).toBe('Closed, opens Monday at 9am');
  });

  it('runs sessions that meet into one, and waits for one after a break', () => {
    const split: OpeningTime[] = [
      { day: 'wednesday', opens: '13:30', closes: '17:00' },
      { day: 'wednesday', opens: '09:00', closes: '12:00' },
      { day: 'wednesday', opens: '12:00', closes: '12:30' },
    ];
    expect(sentenceAt(split, '2026-12-02T10:00:00Z')).toBe('Open now, closes at 12:30pm');
    expect(sentenceAt(split, '2026-12-02T12:45:00Z')).toBe('Closed, opens today at 1:30pm');
    // A week on: the same weekday, named.
    expect(sentenceAt(split, '2026-12-02T17:30:00Z')).toBe('Closed, opens Wednesday at 9am');
  });

  it('reads the clock in summer time: 5:30pm BST is after a 5pm close, though it is 4:30pm UTC', () => {
    expect(sentenceAt(weekdays, '2026-07-01T16:30:00Z')).toBe('Closed, opens tomorrow at 9am');
    // 8:15 UTC is 9:15 BST: open.
    expect(sentenceAt(weekdays, '2026-07-01T08:15:00Z')).toBe('Open now, closes at 5pm');
  });

  it('on the day the clocks go forward (Sunday 29 March 2026)', () => {
    expect(sentenceAt(sundays, '2026-03-28T23:30:00Z')).toBe('Closed, opens tomorrow at 10am');
    expect(sentenceAt(sundays, '2026-03-29T00:30:00Z')).toBe('Closed, opens today at 10am');
    // 8:30 UTC is 9:30 BST: not open yet; 9:30 UTC is 10:30 BST: open.
    expect(sentenceAt(sundays, '2026-03-29T08:30:00Z')).toBe('Closed, opens today at 10am');
    expect(sentenceAt(sundays, '2026-03-29T09:30:00Z')).toBe('Open now, closes at 4pm');
    expect(sentenceAt(sundays, '2026-03-29T15:00:00Z')).toBe('Closed, opens Sunday at 10am');
  });

  it('on the day the clocks go back (Sunday 25 October 2026)', () => {
    // 11:30pm UTC on Saturday is already half past midnight on Sunday in BST.
    expect(sentenceAt(sundays, '2026-10-24T23:30:00Z')).toBe('Closed, opens today at 10am');
    expect(sentenceAt(sundays, '2026-10-25T09:30:00Z')).toBe('Closed, opens today at 10am');
    expect(sentenceAt(sundays, '2026-10-25T15:30:00Z')).toBe('Open now, closes at 4pm');
    expect(sentenceAt(sundays, '2026-10-25T16:00:00Z')).toBe('Closed, opens Sunday at 10am');
  });

  it('leaves out a session that closes before it opens, and says to call when none is known', () => {
    const overnight: OpeningTime[] = [{ day: 'wednesday', opens: '22:00', closes: '02:00' }];
    expect(openingState(overnight, new Date('2026-12-02T23:00:00Z'))).toEqual({ open: false });
    expect(sentenceAt([], '2026-12-02T11:00:00Z')).toBe('Call before you visit to check when it is open');
  });

  it('writes clock times as GOV.UK does', () => {
    expect(['09:00', '09:30', '12:00', '12:15', '17:00', '00:00'].map(clockTime)).toEqual([
      '9am',
      '9:30am',
      'midday',
      '12:15pm',
      '5pm',
      'midnight',
    ]);
  });
});

/**
 * A model to check against, worked out without Intl: the UK is on GMT, and on BST
 * (UTC+1) from 1am UTC on the last Sunday in March to 1am UTC on the last Sunday in October.
 */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
function londonWallClock(instant: Date): { day: number; minutes: number } {
  const year = instant.getUTCFullYear();
  const summer = instant.getTime() >= lastSundayOneAm(year, 2) && instant.getTime() < lastSundayOneAm(year, 9);
  const local = new Date(instant.getTime() + (summer ? 3_600_000 : 0));
  return { day: (local.getUTCDay() + 6) % 7, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const openAt = (times: OpeningTime[], day: number, minute: number) =>
  times.some(
    (time) => time.day === WEEKDAYS[day] && minutesOf(time.opens) <= minute && minute < minutesOf(time.closes),
  );
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The state by walking the week minute by minute on the model's clock. */
function modelState(times: OpeningTime[], now: Date) {
  const { day, minutes } = londonWallClock(now);
  if (openAt(times, day, minutes)) {
    let closes = minutes;
    while (closes < 1440 && openAt(times, day, closes)) closes += 1;
    return { open: true, closesAt: hhmm(closes) };
  }
  for (let step = 1; step <= 8 * 1440; step += 1) {
    const minute = (minutes + step) % 1440;
    const offset = Math.floor((minutes + step) / 1440);
    if (openAt(times, (day + offset) % 7, minute)) {
      const name = WEEKDAYS[(day + offset) % 7]!;
      const dayWord = offset === 0 ? 'today' : offset === 1 ? 'tomorrow' : name[0]!.toUpperCase() + name.slice(1);
      return { open: false, opensAt: { day: dayWord, time: hhmm(minute) } };
    }
  }
  return { open: false };
}

const session: fc.Arbitrary<OpeningTime> = fc
  .record({
    day: fc.constantFrom(...WEEKDAYS),
    opens: fc.integer({ min: 0, max: 1438 }),
    length: fc.integer({ min: 1, max: 720 }),
  })
  .map(({ day, opens, length }) => ({ day, opens: hhmm(opens), closes: hhmm(Math.min(1439, opens + length)) }));

describe('opening state against a model of the UK clock', () => {
  it('agrees with the model for any week of sessions at any moment, across the clock changes', () => {
    fc.assert(
      fc.property(
        fc.array(session, { maxLength: 8 }),
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:00Z'), noInvalidDate: true }),
        (times, now) => {
          expect(openingState(times, now)).toEqual(modelState(times, now));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('around the changeover instants too', () => {
    const changeovers = [2026, 2027, 2028].flatMap((year) => [lastSundayOneAm(year, 2), lastSundayOneAm(year, 9)]);
    fc.assert(
      fc.property(
        fc.array(session, { maxLength: 8 }),
        fc.constantFrom(...changeovers),
        fc.integer({ min: -26 * 60, max: 26 * 60 }),
        (times, changeover, minutes) => {
          const now = new Date(changeover + minutes * 60_000);
          expect(openingState(times, now)).toEqual(modelState(times, now));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a hub’s page address', () => {
  const hub = {
    documentId: 'h1',
    name: 'Near Street Hub',
    slug: 'near-street-hub',
    summary: 'Help with forms',
    address: '1 Near Street',
    town: 'Bramblewick',
    postcode: 'BW1 1AA',
    latitude: 52.1,
    longitude: -1.2,
    openingTimes: [{ day: 'monday', opens: '09:00', closes: '17:00', note: null }],
    helpAvailable: [{ type: 'paragraph', children: [{ type: 'text', text: 'Help' }] }],
    accessibility: 'Step-free',
    phone: null,
    email: null,
    updatedAt: '2026-12-01T10:00:00.000Z',
  };

  it('cannot be /community-hubs/near/, where residents find hubs near them', () => {
    expect(contractProblems(communityHubContract, hub)).toEqual([]);
    expect(contractProblems(communityHubContract, { ...hub, slug: 'near' })).toEqual([
      'slug: “near” is the address of Find a community hub near you. Choose another',
    ]);
  });
});
