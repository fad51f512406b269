import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { findCase, SUBMISSIONS, timelineOf } from './view';

const adminUser = z.object({ firstname: z.string().nullish(), lastname: z.string().nullish(), email: z.string() });
const currentStatus = z.object({ caseStatus: z.string() });

/** The admin's name as the timeline shows it (as cms/src/forms/timeline.ts writes it). */
export function adminName(ctx: Context): string {
  const user = adminUser.safeParse((ctx.state as { user?: unknown }).user);
  if (!user.success) return 'system';
  return [user.data.firstname, user.data.lastname].filter(Boolean).join(' ') || user.data.email;
}

/** The signed-in admin's email address, if there is one. */
export function adminEmail(ctx: Context): string | null {
  const user = adminUser.safeParse((ctx.state as { user?: unknown }).user);
  return user.success ? user.data.email : null;
}

/**
 * A note in the timeline that staff sent the resident a sign-in email: internal, like
 * any note, so the resident's account and emails never show it. Written past the
 * Document Service, whose timeline middleware keeps the timeline from being rewritten.
 */
export async function recordSignInEmail(strapi: Core.Strapi, documentId: string, ctx: Context): Promise<void> {
  await strapi.db.transaction(async () => {
    const found = await findCase(strapi, documentId);
    if (!found) return;
    const status = currentStatus.parse(
      await strapi.db.query(SUBMISSIONS).findOne({ where: { documentId }, select: ['caseStatus'] }),
    ).caseStatus;
    const entry = {
      at: new Date().toISOString(),
      status,
      by: adminName(ctx),
      note: 'Sent the resident a sign-in email',
    };
    await strapi.db
      .query(SUBMISSIONS)
      .update({ where: { documentId }, data: { timeline: [...timelineOf(found), entry] } });
  });
}
