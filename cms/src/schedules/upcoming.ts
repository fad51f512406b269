import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { EDITORIAL_TYPES, editorialTypeOfUid, type EditorialType } from '../editorial-types';
import { draftTitles } from '../review-requests/waiting';
import { scheduleOf, scheduleRow, type Schedule } from './schedules';
import { SCHEDULES_TABLE } from './store';

/** A schedule in the "Scheduled" list and the list views' column: which document, and what happens when. */
export interface UpcomingSchedule extends Schedule {
  type: EditorialType;
  typeLabel: string;
  documentId: string;
  title: string;
}

/** Enough for any list view's page and the "Scheduled" page; more than a council schedules at once. */
const MOST = 500;

/** Every schedule still to run among `types`, soonest first, then those that failed, most recent first. */
export async function findUpcoming(strapi: Core.Strapi, types: readonly EditorialType[]): Promise<UpcomingSchedule[]> {
  const rows = z.array(scheduleRow).parse(
    await strapi.db
      .connection(SCHEDULES_TABLE)
      .whereIn(
        'content_type',
        types.map((type) => EDITORIAL_TYPES[type].uid),
      )
      .whereIn('state', ['scheduled', 'failed'])
      .orderByRaw("CASE WHEN state = 'scheduled' THEN 0 ELSE 1 END")
      .orderBy('run_at')
      .limit(MOST),
  );
  const titles = new Map<EditorialType, Map<string, string>>();
  for (const type of types) {
    const ids = rows.filter((row) => row.content_type === EDITORIAL_TYPES[type].uid).map((row) => row.document_id);
    titles.set(type, await draftTitles(strapi, type, ids));
  }
  return rows.flatMap((row) => {
    const type = editorialTypeOfUid(row.content_type);
    if (!type) return [];
    return [
      {
        ...scheduleOf(row),
        type,
        typeLabel: EDITORIAL_TYPES[type].label,
        documentId: row.document_id,
        title: titles.get(type)?.get(row.document_id) || 'Untitled',
      },
    ];
  });
}
