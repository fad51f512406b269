import { addDays, type VergeCategory, type VergeCut } from '@doorstep/domain';
import { SKIP_REASONS } from './places.js';
import type { Random } from './random.js';

/**
 * One cutting season, planned the way councils plan it: by the financial year, from
 * April 2026 to March 2027. Amenity grass every three weeks through the growing season
 * (and a first cut of spring 2027), rural verges twice, splays every eight weeks all
 * year for road safety. Cuts before `asOf` are mostly done; a few were skipped (with
 * the reason); the most recent may be left undone, so it shows as overdue.
 */
export const SEASON = { start: '2026-04-01', end: '2027-03-31' } as const;

interface Plan {
  /** Mondays the windows start on, before the route's offset. */
  starts: string[];
  /** Window length in days (0: a single date). */
  window: number;
}

const every = (first: string, weeks: number, count: number) =>
  Array.from({ length: count }, (_, index) => addDays(first, index * weeks * 7));

const PLANS: Record<VergeCategory, Plan> = {
  'urban-amenity': { starts: [...every('2026-04-06', 3, 10), '2027-03-22'], window: 4 },
  'rural-verge': { starts: ['2026-05-18', '2026-09-07'], window: 11 },
  'visibility-splay': { starts: every('2026-04-27', 8, 6), window: 0 },
};

export function cutsPerSeason(category: VergeCategory): number {
  return PLANS[category].starts.length;
}

export function seasonCuts(category: VergeCategory, routeWeek: number, asOf: string, random: Random): VergeCut[] {
  const plan = PLANS[category];
  const cuts = plan.starts.map((monday) => {
    const from = addDays(monday, routeWeek * 7 + (plan.window === 0 ? random.int(0, 4) : 0));
    return { from, to: plan.window === 0 ? null : addDays(from, plan.window) };
  });
  const past = cuts.filter(({ to, from }) => (to ?? from) < asOf).length;
  const backlog = random.chance(0.12);
  return cuts.map(({ from, to }, index): VergeCut => {
    const scheduled: VergeCut = {
      scheduledFrom: from,
      scheduledTo: to,
      status: 'scheduled',
      skipReason: null,
      completedOn: null,
    };
    if (index >= past) {
      // Under way now: some of the crews have been already.
      const started = from <= asOf && random.chance(0.5);
      return started ? { ...scheduled, status: 'done', completedOn: asOf } : scheduled;
    }
    if (index === past - 1 && backlog) return scheduled;
    if (random.chance(0.05)) return { ...scheduled, status: 'skipped', skipReason: random.pick(SKIP_REASONS) };
    const span = to === null ? 1 : plan.window;
    const day = addDays(from, random.int(0, span));
    return { ...scheduled, status: 'done', completedOn: day < asOf ? day : asOf };
  });
}
