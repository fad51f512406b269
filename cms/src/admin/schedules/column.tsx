import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { SCHEDULABLE_TYPES, type UpcomingSchedule } from './api';

interface Header {
  name: string;
  label?: unknown;
  attribute?: { type?: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: Record<string, unknown>) => unknown;
}

/** One read of a type's schedules for all of a list's cells, kept a few seconds. */
const cache = new Map<string, { at: number; schedules: Promise<UpcomingSchedule[]> }>();
const KEEP_MS = 5_000;

/** Scheduling or cancelling changes the lists: the next list view reads them again. */
export const forgetUpcoming = () => cache.clear();

function useTypeSchedules(type: string): UpcomingSchedule[] | null {
  const { get } = useFetchClient();
  const [schedules, setSchedules] = useState<UpcomingSchedule[] | null>(null);
  useEffect(() => {
    let entry = cache.get(type);
    if (!entry || Date.now() - entry.at > KEEP_MS) {
      entry = {
        at: Date.now(),
        schedules: get<{ data: { schedules: UpcomingSchedule[] } }>(`/doorstep/schedules?type=${type}`).then(
          (response) => response.data.data.schedules,
        ),
      };
      cache.set(type, entry);
    }
    let live = true;
    entry.schedules.then(
      (found) => live && setSchedules(found),
      () => live && setSchedules([]),
    );
    return () => {
      live = false;
    };
  }, [type, get]);
  return schedules;
}

/** "Publishes 5 Jan 2027, 9:00am", "Unpublishes …", or what failed; a dash for nothing scheduled. */
export function scheduleText(schedule: UpcomingSchedule): string {
  const verb = schedule.action === 'publish' ? 'Publishes' : 'Unpublishes';
  if (schedule.state === 'failed') {
    return `Not ${schedule.action === 'publish' ? 'published' : 'unpublished'} on ${schedule.label}: see its Schedule panel`;
  }
  return `${verb} ${schedule.label}`;
}

function ScheduleCell({ type, documentId }: { type: string; documentId: string }) {
  const schedules = useTypeSchedules(type);
  const mine = (schedules ?? []).filter((schedule) => schedule.documentId === documentId);
  if (mine.length === 0) return <span>-</span>;
  return (
    <span style={{ display: 'flex', flexDirection: 'column' }}>
      {mine.map((schedule) =>
        schedule.state === 'failed' ? (
          <strong key={schedule.action}>{scheduleText(schedule)}</strong>
        ) : (
          <span key={schedule.action}>{scheduleText(schedule)}</span>
        ),
      )}
    </span>
  );
}

/** The list view's model: the hook is not told it, the page's address names it. */
const listedModel = (): string | undefined =>
  /\/content-manager\/collection-types\/([^/?#]+)\/?$/.exec(window.location.pathname)?.[1];

/**
 * The "Scheduled" column (issue 17, item 2) in the list views of the types that can be
 * scheduled: what each document will do and when, in UK time, from Doorstep's own
 * table (cms/src/schedules), read once per list.
 */
export function withScheduleColumn(headers: Header[]): Header[] {
  const model = listedModel();
  const type = model ? SCHEDULABLE_TYPES[decodeURIComponent(model)] : undefined;
  if (!type) return headers;
  return [
    ...headers,
    {
      name: 'doorstepSchedule',
      label: 'Scheduled',
      attribute: { type: 'custom' },
      searchable: false,
      sortable: false,
      cellFormatter: (row) => (
        <ScheduleCell type={type} documentId={typeof row.documentId === 'string' ? row.documentId : ''} />
      ),
    },
  ];
}
