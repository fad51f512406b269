import { binOrder, type BinKind } from './bin.js';
import { dayNumber, fromDayNumber } from './days.js';
import { MAX_MOVE_DAYS, type BinException, type BinService } from './round.js';

/**
 * What the round says on given days. Pure, with the dates injected (YYYY-MM-DD, UK
 * dates), so the site build, the account and the tests agree on every date.
 */
export interface HasCollections {
  services: readonly Pick<BinService, 'bin' | 'weekday' | 'everyWeeks' | 'firstCollection'>[];
  exceptions: readonly BinException[];
}

export interface Collection {
  date: string;
  /** In the order of BIN_KINDS. */
  bins: BinKind[];
  /** Set when these bins were due on another day: the day they were due and why they moved. */
  moved?: { from: string; reason: string };
}

/** Regular (pattern) dates of a service, as day numbers in [from, to]. */
function patternDays(service: HasCollections['services'][number], from: number, to: number): number[] {
  const anchor = dayNumber(service.firstCollection);
  const step = service.everyWeeks * 7;
  const start = Math.max(anchor, anchor + Math.ceil((from - anchor) / step) * step);
  const days: number[] = [];
  for (let day = start; day <= to; day += step) days.push(day);
  return days;
}

/** The exception moving this bin's collection due that day, if any (a bin-specific one wins). */
function exceptionFor(round: HasCollections, bin: BinKind, date: string): BinException | undefined {
  const matching = round.exceptions.filter((e) => e.originalDate === date && (e.bin ?? bin) === bin);
  return matching.find((e) => e.bin === bin) ?? matching[0];
}

/** Every collection from `from` to `to` inclusive, after exceptions, in date order. */
export function collectionsBetween(round: HasCollections, from: string, to: string): Collection[] {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) return [];
  // Widened: a collection due outside the window can be moved into it.
  const groups = new Map<string, Collection>();
  for (const service of round.services) {
    for (const day of patternDays(service, start - MAX_MOVE_DAYS, end + MAX_MOVE_DAYS)) {
      const due = fromDayNumber(day);
      const exception = exceptionFor(round, service.bin, due);
      const date = exception ? exception.newDate : due;
      const at = dayNumber(date);
      if (at < start || at > end) continue;
      const moved = exception ? { from: due, reason: exception.reason } : undefined;
      const key = `${date}|${moved?.from ?? ''}|${moved?.reason ?? ''}`;
      const group = groups.get(key);
      if (group) group.bins.push(service.bin);
      else groups.set(key, { date, bins: [service.bin], ...(moved ? { moved } : {}) });
    }
  }
  return [...groups.values()]
    .map((collection) => ({ ...collection, bins: [...new Set(collection.bins)].sort(binOrder) }))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.moved?.from ?? '').localeCompare(b.moved?.from ?? ''));
}

/**
 * The next `count` collections from today (today's included: the crew may not have
 * been yet). A round with no services has none.
 */
export function nextCollections(round: HasCollections, today: string, count: number): Collection[] {
  if (count <= 0 || round.services.length === 0) return [];
  // Every service comes round at least once a fortnight, so `count` fortnights hold `count` collections.
  // (Counted from the last service to start, for a round whose first collection is still to come.)
  const starts = round.services.map((service) => dayNumber(service.firstCollection));
  const to = fromDayNumber(Math.max(dayNumber(today), ...starts) + 14 * (count + 1));
  return collectionsBetween(round, today, to).slice(0, count);
}

/** The next collection of each bin from today, in the order of BIN_KINDS. */
export function nextCollectionOfEachBin(
  round: HasCollections,
  today: string,
): Array<{ bin: BinKind; date: string; moved?: Collection['moved'] }> {
  const starts = round.services.map((service) => dayNumber(service.firstCollection));
  const horizon = Math.max(dayNumber(today), ...starts) + 14 + 2 * MAX_MOVE_DAYS;
  const upcoming = collectionsBetween(round, today, fromDayNumber(horizon));
  return [...new Set(round.services.map((service) => service.bin))].sort(binOrder).flatMap((bin) => {
    const next = upcoming.find((collection) => collection.bins.includes(bin));
    return next ? [{ bin, date: next.date, ...(next.moved ? { moved: next.moved } : {}) }] : [];
  });
}

/** The bins collected on a date, after exceptions, in the order of BIN_KINDS. */
export function collectedOn(round: HasCollections, date: string): BinKind[] {
  const bins = collectionsBetween(round, date, date).flatMap((collection) => collection.bins);
  return [...new Set(bins)].sort(binOrder);
}

/**
 * The exceptions residents should hear about in a window: those moving a collection
 * from or to a day in it, by the day the collection was due.
 */
export function changesBetween(round: HasCollections, from: string, to: string): BinException[] {
  const inWindow = (date: string) => date >= from && date <= to;
  return round.exceptions
    .filter((exception) => inWindow(exception.originalDate) || inWindow(exception.newDate))
    .sort((a, b) => a.originalDate.localeCompare(b.originalDate) || a.newDate.localeCompare(b.newDate));
}
