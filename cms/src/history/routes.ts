import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { allowed, answer, CONTENT_MANAGER, DOCUMENT_ID, draftRights, refuse } from '../admin-routes';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { compareSnapshots } from './compare';
import { revisionFields } from './fields';
import { KEEP_POLICY } from './policy';
import { restoreRevision } from './restore';
import { findRevision, listRevisions, recentRevisions, type Revision } from './revisions';

interface PermissionChecker {
  can: { read(entity?: unknown): boolean; update(entity?: unknown): boolean };
}
interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

/** How many revisions a list shows: the history page's, and the side panel's few. */
const LIST_MAX = 200;
const RECENT = 50;

const typeName = z.enum(EDITORIAL_TYPE_NAMES as [EditorialType, ...EditorialType[]]);
const documentParams = z.object({ type: typeName, documentId: z.string().regex(DOCUMENT_ID) });
const revisionId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(LIST_MAX).optional() }).strict();
const compareQuery = z.object({ from: revisionId, to: revisionId }).strict();
const restoreParams = documentParams.extend({ revisionId });
const restoreBody = z.object({}).strict();

const NO_SUCH = 'There is no such document.';
const NO_REVISION = 'There is no such version of this document.';

/** The signed-in admin's rights on the document's draft, by the content manager's own rules; null when there is none. */
const rightsOn = (strapi: Core.Strapi, ctx: Context, type: EditorialType, documentId: string) =>
  draftRights(strapi, ctx, EDITORIAL_TYPES[type].uid, documentId);

const checkerFor = (strapi: Core.Strapi, ctx: Context, uid: string) =>
  (strapi.plugin('content-manager').service('permission-checker') as unknown as PermissionCheckerService).create({
    userAbility: (ctx.state as { userAbility?: unknown }).userAbility,
    model: uid,
  });

/**
 * The revisions of documents the signed-in admin may read, by the content manager's
 * conditions (an Author, what they created); a document deleted since is left out.
 */
async function readableOf(strapi: Core.Strapi, ctx: Context, revisions: Revision[]): Promise<Revision[]> {
  const readable = new Set<string>();
  for (const type of new Set(revisions.map((revision) => revision.type))) {
    const { uid } = EDITORIAL_TYPES[type];
    const ids = [...new Set(revisions.filter((revision) => revision.type === type).map((r) => r.documentId))];
    const drafts = (await strapi.db.query(uid).findMany({
      where: { documentId: { $in: ids }, publishedAt: { $null: true } },
      populate: { createdBy: { select: ['id'] } },
    })) as Array<{ documentId: string }>;
    const checker = checkerFor(strapi, ctx, uid);
    for (const draft of drafts) if (checker.can.read(draft)) readable.add(`${type}:${draft.documentId}`);
  }
  return revisions.filter((revision) => readable.has(`${revision.type}:${revision.documentId}`));
}

/** `value` against `schema`, or a 400 (a 404 for a path that names nothing) and null. */
function parsed<T>(ctx: Context, schema: z.ZodType<T>, value: unknown, status: 400 | 404 = 400): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  refuse(ctx, status, status === 404 ? NO_SUCH : 'The request is not right: check the versions chosen.');
  return null;
}

/**
 * The document named by the path, when the signed-in admin may read its drafts (the
 * content manager's read permission and its conditions); otherwise a refusal and null.
 */
async function readable(strapi: Core.Strapi, ctx: Context) {
  const found = parsed(ctx, documentParams, ctx.params as unknown, 404);
  if (!found) return null;
  if (!allowed(ctx, CONTENT_MANAGER.read, EDITORIAL_TYPES[found.type].uid)) {
    refuse(ctx, 403, 'You cannot read these documents.');
    return null;
  }
  const rights = await rightsOn(strapi, ctx, found.type, found.documentId);
  if (!rights) {
    refuse(ctx, 404, NO_SUCH);
    return null;
  }
  if (!rights.read) {
    refuse(ctx, 403, 'You cannot read this document.');
    return null;
  }
  return { ...found, mayRestore: rights.update };
}

/**
 * History's routes in the admin panel (cms/src/admin/history), under the admin's own
 * authentication: those who may read a type's drafts list and compare its revisions;
 * those who may also update the document restore one into its draft.
 */
export function historyRoutes(strapi: Core.Strapi): Core.Route[] {
  return [
    {
      method: 'GET',
      info: {},
      path: '/history',
      handler: async (ctx: Context) => {
        const types = EDITORIAL_TYPE_NAMES.filter((type) =>
          allowed(ctx, CONTENT_MANAGER.read, EDITORIAL_TYPES[type].uid),
        );
        if (types.length === 0) return refuse(ctx, 403, 'You cannot read any documents with a history.');
        const recent = await recentRevisions(strapi, types, RECENT * 4);
        const revisions = (await readableOf(strapi, ctx, recent)).slice(0, RECENT);
        answer(ctx, 200, { data: { revisions, policy: KEEP_POLICY } });
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/history/:type/:documentId',
      handler: async (ctx: Context) => {
        const found = await readable(strapi, ctx);
        if (!found) return;
        const query = parsed(ctx, listQuery, ctx.query);
        if (!query) return;
        const revisions = await listRevisions(strapi, found.type, found.documentId, query.limit ?? LIST_MAX);
        answer(ctx, 200, {
          data: {
            type: found.type,
            typeLabel: EDITORIAL_TYPES[found.type].label,
            documentId: found.documentId,
            revisions,
            mayRestore: found.mayRestore,
            policy: KEEP_POLICY,
          },
        });
      },
    },
    {
      method: 'GET',
      info: {},
      path: '/history/:type/:documentId/compare',
      handler: async (ctx: Context) => {
        const found = await readable(strapi, ctx);
        if (!found) return;
        const query = parsed(ctx, compareQuery, ctx.query);
        if (!query) return;
        const [from, to] = await Promise.all([
          findRevision(strapi, found.type, found.documentId, query.from),
          findRevision(strapi, found.type, found.documentId, query.to),
        ]);
        if (!from || !to) return refuse(ctx, 404, NO_REVISION);
        // The older on the left, however they were asked for.
        const [older, newer] = from.revision.id <= to.revision.id ? [from, to] : [to, from];
        answer(ctx, 200, {
          data: {
            type: found.type,
            typeLabel: EDITORIAL_TYPES[found.type].label,
            documentId: found.documentId,
            older: older.revision,
            newer: newer.revision,
            fields: compareSnapshots(
              revisionFields(strapi, EDITORIAL_TYPES[found.type].uid),
              older.snapshot,
              newer.snapshot,
            ),
            mayRestore: found.mayRestore,
          },
        });
      },
    },
    {
      method: 'POST',
      info: {},
      path: '/history/:type/:documentId/:revisionId/restore',
      handler: async (ctx: Context) => {
        const params = parsed(ctx, restoreParams, ctx.params, 404);
        if (!params) return;
        const found = await readable(strapi, ctx);
        if (!found) return;
        if (!found.mayRestore) return refuse(ctx, 403, 'You can restore a version only of what you may edit.');
        if (!parsed(ctx, restoreBody, (ctx.request as { body?: unknown }).body ?? {})) return;
        const revision = await findRevision(strapi, found.type, found.documentId, params.revisionId);
        if (!revision) return refuse(ctx, 404, NO_REVISION);
        await restoreRevision(strapi, found.type, found.documentId, revision.snapshot);
        const [latest] = await listRevisions(strapi, found.type, found.documentId, 1);
        answer(ctx, 200, { data: { restoredFrom: revision.revision, revision: latest } });
      },
    },
  ];
}
