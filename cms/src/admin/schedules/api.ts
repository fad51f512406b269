import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES } from '../../editorial-types';
import { useLoaded } from '../shared/fetch';

/** The types that can be scheduled, by uid: their short names in the routes (the CMS's own list). */
export const SCHEDULABLE_TYPES: Record<string, string> = Object.fromEntries(
  EDITORIAL_TYPE_NAMES.map((type) => [EDITORIAL_TYPES[type].uid, type]),
);

/** A document's schedule for one action (cms/src/schedules/schedules.ts `Schedule`). */
export interface Schedule {
  id: number;
  action: 'publish' | 'unpublish';
  state: 'scheduled' | 'done' | 'failed' | 'cancelled';
  runAt: string;
  label: string;
  scheduledBy: string;
  problems: string[];
}

/** A schedule with its document (cms/src/schedules/upcoming.ts `UpcomingSchedule`). */
export interface UpcomingSchedule extends Schedule {
  type: string;
  typeLabel: string;
  documentId: string;
  title: string;
}

/** The date's boxes and the time, as typed: the CMS reads them as UK time. */
export interface ScheduleFields {
  day: string;
  month: string;
  year: string;
  time: string;
}

const schedulesPath = (type: string, documentId: string) =>
  `/doorstep/schedules/${type}/${encodeURIComponent(documentId)}`;

/** Every schedule still to run (soonest first), then those that failed; of one type, or all. */
export function useUpcoming(type?: string, version = '') {
  const query = new URLSearchParams({ ...(type ? { type } : {}), ...(version ? { version } : {}) }).toString();
  return useLoaded<{ schedules: UpcomingSchedule[] }>(
    `/doorstep/schedules${query ? `?${query}` : ''}`,
    'Could not load what is scheduled',
  )[0];
}

/**
 * One document's schedules, read again when `version` changes (it was saved or
 * published), and scheduling or cancelling them.
 */
export function useSchedules(type: string, documentId: string, version: string) {
  const { put, del } = useFetchClient();
  const path = schedulesPath(type, documentId);
  const [loaded, setLoaded] = useLoaded<{ schedules: Schedule[]; mayPublish: boolean }>(
    `${path}?version=${encodeURIComponent(version)}`,
    'Could not load the schedule',
  );
  const replace = useCallback(
    (action: string, schedule: Schedule | null) =>
      setLoaded((current) =>
        current.state === 'ready'
          ? {
              state: 'ready',
              data: {
                ...current.data,
                schedules: [
                  ...current.data.schedules.filter((known) => known.action !== action),
                  ...(schedule ? [schedule] : []),
                ].sort((a, b) => a.action.localeCompare(b.action)),
              },
            }
          : current,
      ),
    [setLoaded],
  );
  const schedule = useCallback(
    async (action: string, fields: ScheduleFields) => {
      const response = await put<{ data: Schedule }>(`${path}/${action}`, fields);
      replace(action, response.data.data);
    },
    [path, put, replace],
  );
  const cancel = useCallback(
    async (action: string) => {
      await del(`${path}/${action}`);
      replace(action, null);
    },
    [path, del, replace],
  );
  return { loaded, schedule, cancel };
}

/** Re-renders every minute, so a list's "Publishes …" goes once its time has passed. */
export function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((count) => count + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return tick;
}
