import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/**
 * What Doorstep's own admin-panel routes share (review dates, review requests): the
 * signed-in admin's permissions, answers that are never cached, and refusals in
 * Strapi's error shape, whose message the admin shows.
 */

export const CONTENT_MANAGER = {
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

interface Ability {
  can(action: string, subject: string): boolean;
}

/**
 * Whether the signed-in admin may do `action` on some documents of type `uid`: the
 * content manager's own permission, before any condition ("is creator") on one document.
 */
export const allowed = (ctx: Context, action: string, uid: string): boolean =>
  (ctx.state as { userAbility?: Ability }).userAbility?.can(action, uid) ?? false;

export function answer(ctx: Context, status: number, body: unknown): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

export const refuse = (ctx: Context, status: 400 | 403 | 404 | 409, message: string) =>
  answer(ctx, status, { data: null, error: { status, message } });

/** Document ids are Strapi's own (lowercase letters and digits); anything else finds nothing. */
export const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** The `:type` and `:documentId` of a route, when the type is one of `types` and the id could be Strapi's. */
export function documentOf<T extends string>(
  ctx: Context,
  types: readonly T[],
): { type: T; documentId: string } | null {
  const params = ctx.params as Record<string, unknown>;
  const type = types.find((known) => known === params.type);
  const documentId = typeof params.documentId === 'string' ? params.documentId : '';
  return type && DOCUMENT_ID.test(documentId) ? { type, documentId } : null;
}

interface PermissionChecker {
  can: { read(entity?: unknown): boolean; update(entity?: unknown): boolean; publish(entity?: unknown): boolean };
}
interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

/**
 * The content manager's own permission checker for the signed-in admin on type `uid`:
 * its `can` answers for one document (with its `createdBy`), conditions included.
 */
export const contentManagerChecker = (strapi: Core.Strapi, ctx: Context, uid: string): PermissionChecker =>
  (strapi.plugin('content-manager').service('permission-checker') as unknown as PermissionCheckerService).create({
    userAbility: (ctx.state as { userAbility?: unknown }).userAbility,
    model: uid,
  });

/**
 * The signed-in admin's rights on one document's draft, by the content manager's own
 * rules and their conditions (an Author: only what they created); null when the
 * document has no draft.
 */
export async function draftRights(
  strapi: Core.Strapi,
  ctx: Context,
  uid: string,
  documentId: string,
): Promise<{ read: boolean; update: boolean; publish: boolean } | null> {
  const draft: unknown = await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: { $null: true } },
    populate: { createdBy: { select: ['id'] } },
  });
  if (!draft) return null;
  const checker = contentManagerChecker(strapi, ctx, uid);
  return { read: checker.can.read(draft), update: checker.can.update(draft), publish: checker.can.publish(draft) };
}

/** A document's edit view in the admin panel, for emails; null when the CMS does not know its own address. */
export function adminEditUrl(strapi: Core.Strapi, uid: string, documentId: string): string | null {
  const admin = strapi.config.get<string>('admin.absoluteUrl', '').replace(/\/+$/, '');
  return admin ? `${admin}/content-manager/collection-types/${uid}/${documentId}` : null;
}
