import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { parseUkDateTime } from '@doorstep/domain';
import { z } from 'zod';
import { allowed, answer, CONTENT_MANAGER, documentOf, draftRights, refuse } from '../admin-routes';
import { adminName } from '../cases/audit';
import { publishProblems } from '../content/publish-rules';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { findUpcoming } from './upcoming';
import { queueSchedule } from './run';
import { cancelSchedule, findSchedules, putSchedule, SCHEDULE_ACTIONS, type ScheduleAction } from './schedules';

/**
 * Whether the signed-in admin may publish (and so schedule) this document, by the
 * content manager's own permission checker and its conditions. Undefined when there is
 * no such document.
 */
const mayPublish = async (strapi: Core.Strapi, ctx: Context, type: EditorialType, documentId: string) =>
  (await draftRights(strapi, ctx, EDITORIAL_TYPES[type].uid, documentId))?.publish;

/** The date's three boxes and the time, as typed: the domain reads them (domain/src/uk-date-time.ts). */
const field = z.string().max(40, 'Enter the date and time, for example 5 1 2027 and 9:30am');
const when = z.object({ day: field, month: field, year: field, time: field }).strict();

const user = z.object({ email: z.string() }).partial().nullish();
const NO_SUCH = 'There is no such document.';
const verb = (action: ScheduleAction) => (action === 'publish' ? 'publishing' : 'unpublishing');

/** The route's type, document and action, or null. */
function targetOf(ctx: Context): { type: EditorialType; documentId: string; action: ScheduleAction } | null {
  const found = documentOf(ctx, EDITORIAL_TYPE_NAMES);
  const action = SCHEDULE_ACTIONS.find((known) => known === (ctx.params as { action?: unknown }).action);
  return found && action ? { ...found, action } : null;
}

/**
 * Refuses with every problem: the message lists them (as a refused publish does) and
 * `details` keeps them, with the field to correct when one is named.
 */
function refuseWith(ctx: Context, message: string, problems: string[], field?: string) {
  answer(ctx, 400, {
    data: null,
    error: { status: 400, name: 'ValidationError', message, details: { field, problems } },
  });
}

/** Checks a publish time against the rules and the document's schedules; true when it refused. */
async function refusedPublish(strapi: Core.Strapi, ctx: Context, target: ReturnType<typeof targetOf> & object) {
  const problems = (await publishProblems(strapi, EDITORIAL_TYPES[target.type].uid, target.documentId)) ?? [];
  if (problems.length === 0) return false;
  refuseWith(ctx, `It cannot be scheduled to publish yet:\n- ${problems.join('\n- ')}`, problems);
  return true;
}

/** An unpublish must come after a scheduled publish, and a publish before a scheduled unpublish. */
async function outOfOrder(
  strapi: Core.Strapi,
  ctx: Context,
  target: NonNullable<ReturnType<typeof targetOf>>,
  at: Date,
) {
  const other = (await findSchedules(strapi.db.connection, target.type, target.documentId)).find(
    (schedule) => schedule.state === 'scheduled' && schedule.action !== target.action,
  );
  if (!other) return false;
  const otherAt = Date.parse(other.runAt);
  const wrong = target.action === 'publish' ? at.getTime() >= otherAt : at.getTime() <= otherAt;
  if (!wrong) return false;
  const message =
    target.action === 'publish'
      ? `It is scheduled to unpublish on ${other.label}: choose a time before that, or cancel the unpublishing first`
      : `It is scheduled to publish on ${other.label}: choose a time after that, or cancel the publishing first`;
  refuseWith(ctx, message, [message], 'date');
  return true;
}

/**
 * Scheduled publishing's routes in the admin panel (cms/src/admin/schedules), under the
 * admin's own authentication: anyone who may read a type sees its schedules; only those
 * who may publish the document schedule or cancel.
 */
export function scheduleRoutes(strapi: Core.Strapi): Core.Route[] {
  const readable = (ctx: Context) =>
    EDITORIAL_TYPE_NAMES.filter((type) => allowed(ctx, CONTENT_MANAGER.read, EDITORIAL_TYPES[type].uid));
  return [
    {
      method: 'GET',
      info: {},
      path: '/schedules',
      handler: async (ctx: Context) => {
        const asked = z.enum(EDITORIAL_TYPE_NAMES as [EditorialType, ...EditorialType[]]).optional();
        const type = asked.safeParse((ctx.query as { type?: unknown }).type);
        if (!type.success) return refuse(ctx, 400, 'There is no such type.');
        const types = readable(ctx).filter((known) => !type.data || known === type.data);
        if (types.length === 0) return refuse(ctx, 403, 'You cannot read these documents.');
        answer(ctx, 200, { data: { schedules: await findUpcoming(strapi, types) } });
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/schedules/:type/:documentId',
      handler: async (ctx: Context) => {
        const found = documentOf(ctx, EDITORIAL_TYPE_NAMES);
        if (!found) return refuse(ctx, 404, NO_SUCH);
        if (!allowed(ctx, CONTENT_MANAGER.read, EDITORIAL_TYPES[found.type].uid)) {
          return refuse(ctx, 403, 'You cannot read these documents.');
        }
        const may = await mayPublish(strapi, ctx, found.type, found.documentId);
        if (may === undefined) return refuse(ctx, 404, NO_SUCH);
        const schedules = await findSchedules(strapi.db.connection, found.type, found.documentId);
        answer(ctx, 200, { data: { schedules, mayPublish: may } });
      },
    },
    {
      method: 'PUT',
      info: {},
      path: '/schedules/:type/:documentId/:action',
      handler: async (ctx: Context) => {
        const target = targetOf(ctx);
        if (!target) return refuse(ctx, 404, NO_SUCH);
        const may = await mayPublish(strapi, ctx, target.type, target.documentId);
        if (may === undefined) return refuse(ctx, 404, NO_SUCH);
        if (!may) return refuse(ctx, 403, `Only Editors can schedule ${verb(target.action)}.`);
        const body = when.safeParse((ctx.request as { body?: unknown }).body ?? {});
        if (!body.success) return refuse(ctx, 400, body.error.issues[0]?.message ?? 'Enter the date and time.');
        const parsed = parseUkDateTime(body.data, new Date());
        if (!parsed.ok) return refuseWith(ctx, parsed.message, [parsed.message], parsed.field);
        if (target.action === 'publish' && (await refusedPublish(strapi, ctx, target))) return;
        if (await outOfOrder(strapi, ctx, target, parsed.instant)) return;
        const email = user.parse((ctx.state as { user?: unknown }).user)?.email ?? null;
        const schedule = await putSchedule(strapi, target, parsed.instant, { name: adminName(ctx), email }, (row) =>
          queueSchedule(row, parsed.instant),
        );
        answer(ctx, 200, { data: schedule });
      },
    },
    {
      method: 'DELETE',
      info: {},
      path: '/schedules/:type/:documentId/:action',
      handler: async (ctx: Context) => {
        const target = targetOf(ctx);
        if (!target) return refuse(ctx, 404, NO_SUCH);
        const may = await mayPublish(strapi, ctx, target.type, target.documentId);
        if (may === undefined) return refuse(ctx, 404, NO_SUCH);
        if (!may) return refuse(ctx, 403, `Only Editors can cancel scheduled ${verb(target.action)}.`);
        if (!(await cancelSchedule(strapi.db.connection, target))) {
          return refuse(ctx, 409, `There is no scheduled ${verb(target.action)} to cancel.`);
        }
        answer(ctx, 200, { data: { cancelled: true } });
      },
    },
  ];
}
