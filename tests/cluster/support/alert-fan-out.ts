import pg from 'pg';
import { vergeExportPageSchema, type VergeRecord } from '@doorstep/domain';
import { comingCut } from '../../../cms/src/alerts/events';
import type { CountedMail } from './mail-counter';

/**
 * A week of grass-cutting alerts at scale, for tests/cluster/alerts.test.ts and
 * `npm run bench:alerts`: the CMS's clock is set to ALERT_DAY (DOORSTEP_TODAY), when the
 * demo council's amenity grass on every third street is cut the Monday after;
 * subscriptions go straight into the table, confirmed, spread over the streets that
 * have a cut that week ("due") and some that have none ("quiet").
 */
export const ALERT_DAY = '2027-03-20';
export const ALERT_SUBJECT = / next week$/;

export interface Streets {
  due: number[];
  quiet: number[];
}

/** The demo council's streets with a cut in the week after ALERT_DAY, and the rest, from the export API. */
export async function streetsByWeek(cmsUrl: string): Promise<Streets> {
  const cuts = new Map<number, Array<Pick<VergeRecord, 'cuts'>>>();
  for (let page = 1; ; page += 1) {
    const body = vergeExportPageSchema.parse(
      await (await fetch(`${cmsUrl}/api/verges/export?page=${page}&pageSize=2000`)).json(),
    );
    for (const verge of body.data) {
      if (verge.usrn === null) continue;
      cuts.set(verge.usrn, [...(cuts.get(verge.usrn) ?? []), { cuts: verge.cuts }]);
    }
    if (page >= body.meta.pageCount) break;
  }
  const due: number[] = [];
  const quiet: number[] = [];
  for (const [usrn, verges] of cuts) (comingCut(verges, ALERT_DAY) ? due : quiet).push(usrn);
  return { due: due.sort(), quiet: quiet.sort() };
}

export interface Subscribers {
  /** Address → the USRN it follows. */
  due: Map<string, number>;
  quiet: Map<string, number>;
}

/** `count` confirmed subscriptions, nine in ten on due streets, written in bulk. */
export async function addSubscriptions(
  database: { url: string; schema: string },
  streets: Streets,
  count: number,
): Promise<Subscribers> {
  const subscribers: Subscribers = { due: new Map(), quiet: new Map() };
  const rows: Array<[string, number]> = [];
  for (let n = 0; n < count; n += 1) {
    const quiet = n % 10 === 9 && streets.quiet.length > 0;
    const list = quiet ? streets.quiet : streets.due;
    const usrn = list[n % list.length]!;
    const email = `alert-${n}@residents.example`;
    (quiet ? subscribers.quiet : subscribers.due).set(email, usrn);
    rows.push([email, usrn]);
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const now = Date.now();
    for (let start = 0; start < rows.length; start += 1_000) {
      const part = rows.slice(start, start + 1_000);
      await client.query(
        `INSERT INTO ${database.schema}.doorstep_alert_subscriptions
           (email, follow_key, follow_label, frequency, created_at, confirmed_at)
         SELECT email, 'street:' || usrn, 'Street ' || usrn, 'immediate', $3, $3
           FROM unnest($1::text[], $2::int[]) AS given(email, usrn)`,
        [part.map(([email]) => email), part.map(([, usrn]) => usrn), now],
      );
    }
  } finally {
    await client.end();
  }
  return subscribers;
}

/** The week's alerts each address received, and any Message-ID seen twice. */
export function tallyAlerts(mails: readonly CountedMail[]) {
  const byAddress = new Map<string, number>();
  const ids = new Set<string>();
  let repeatedIds = 0;
  for (const mail of mails) {
    if (!ALERT_SUBJECT.test(mail.subject)) continue;
    for (const to of mail.to) byAddress.set(to, (byAddress.get(to) ?? 0) + 1);
    if (mail.messageId && ids.has(mail.messageId)) repeatedIds += 1;
    if (mail.messageId) ids.add(mail.messageId);
  }
  return { byAddress, repeatedIds, total: [...byAddress.values()].reduce((sum, n) => sum + n, 0) };
}
