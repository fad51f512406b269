import type { Core } from '@strapi/strapi';
import { addDays, formatLongDate, type VergeCut } from '@doorstep/domain';
import { binsSource } from './bins-source';
import { streetLabel, streetsByUsrn, usrnOfFollowKey } from './streets';

/**
 * Something a subscriber is told about, once: `key` names it for good (the same cut
 * on the same street is the same event however often the daily run finds it), and
 * `followKey` says who follows it.
 */
export interface AlertEvent {
  key: string;
  followKey: string;
  subject: string;
  body: string;
}

/**
 * Where the daily run finds events: each source looks at the things followed and says
 * what is worth telling today: grass cutting here, bin collections in bins-source.ts
 * ("your bins are collected tomorrow", collection changes).
 */
export interface AlertEventSource {
  name: string;
  daily(strapi: Core.Strapi, today: string, followKeys: readonly string[]): Promise<AlertEvent[]>;
}

/** How far ahead a cut is announced: "next week". */
export const CUT_NOTICE_DAYS = 7;

/**
 * The street's earliest scheduled cut starting between today and CUT_NOTICE_DAYS on,
 * over all its verges. Every scheduled cut counts, not only each verge's next (domain
 * nextCut): a verge whose last cut is overdue still has next week's announced.
 */
export function comingCut(verges: ReadonlyArray<{ cuts: readonly VergeCut[] }>, today: string): VergeCut | null {
  const last = addDays(today, CUT_NOTICE_DAYS);
  const coming = verges
    .flatMap((verge) => verge.cuts)
    .filter((cut) => cut.status === 'scheduled' && cut.scheduledFrom >= today && cut.scheduledFrom <= last)
    .sort((a, b) => a.scheduledFrom.localeCompare(b.scheduledFrom));
  return coming[0] ?? null;
}

const when = (cut: VergeCut) =>
  cut.scheduledTo && cut.scheduledTo !== cut.scheduledFrom
    ? `between ${formatLongDate(cut.scheduledFrom)} and ${formatLongDate(cut.scheduledTo)}`
    : `on ${formatLongDate(cut.scheduledFrom)}`;

export const cutWeekSource: AlertEventSource = {
  name: 'grass cutting next week',
  async daily(strapi, today, followKeys) {
    const usrns = followKeys.map(usrnOfFollowKey).filter((usrn): usrn is number => usrn !== null);
    const streets = await streetsByUsrn(strapi, usrns);
    const events: AlertEvent[] = [];
    for (const street of streets.values()) {
      const cut = comingCut(street.verges, today);
      if (!cut) continue;
      const label = streetLabel(street);
      events.push({
        key: `cut-week:${street.usrn}:${cut.scheduledFrom}`,
        followKey: `street:${street.usrn}`,
        subject: `Grass cutting on ${label} next week`,
        body:
          `The council plans to cut the grass verges on ${label} ${when(cut)}.\n\n` +
          'Crews may come a day or two later in wet weather. Please do not park on the verges while they work.',
      });
    }
    return events;
  },
};

/** The daily run's sources, in order. */
export const EVENT_SOURCES: AlertEventSource[] = [cutWeekSource, binsSource];
