import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/** Content the public may read. Only find and findOne: the public never writes. */
export const PUBLIC_READ_TYPES = [
  'api::support-level.support-level',
  'api::service-area.service-area',
  'api::service-page.service-page',
  'api::community-hub.community-hub',
  'api::alert-banner.alert-banner',
  'api::info-page.info-page',
  'api::search-best-bet.search-best-bet',
  'api::search-synonym.search-synonym',
  'api::site-setting.site-setting',
  'api::form-definition.form-definition',
  'api::verge.verge',
  'api::bin-round.bin-round',
  'api::redirect.redirect',
] as const;

/** Single types have only `find`. */
const SINGLE_TYPES: ReadonlySet<string> = new Set(['api::site-setting.site-setting']);

const PUBLIC_ACTIONS: string[] = PUBLIC_READ_TYPES.flatMap((uid) =>
  SINGLE_TYPES.has(uid) ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`],
);
const PERMISSION = 'plugin::users-permissions.permission';

/** users-permissions grants these to the public by default; residents have no accounts yet. */
const CLOSED_PUBLIC_ACTIONS = ['plugin::users-permissions.auth.register'];

const permissions = z.array(z.object({ id: z.number(), action: z.string() }));
const role = z.object({ id: z.number() }, { error: 'The users-permissions public role is missing' });

/**
 * Makes the public role's permissions exactly PUBLIC_ACTIONS for our content types:
 * grants the reads and removes any write an administrator may have ticked.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const { id: roleId } = role.parse(
    await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } }),
  );
  const current = permissions.parse(
    await strapi.db.query(PERMISSION).findMany({ where: { role: roleId, action: { $startsWith: 'api::' } } }),
  );
  const closed = permissions.parse(
    await strapi.db.query(PERMISSION).findMany({ where: { role: roleId, action: { $in: CLOSED_PUBLIC_ACTIONS } } }),
  );

  const unwanted = [...current.filter((permission) => !PUBLIC_ACTIONS.includes(permission.action)), ...closed];
  if (unwanted.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: unwanted.map((p) => p.id) } } });
    strapi.log.warn(`Removed public permissions: ${unwanted.map((p) => p.action).join(', ')}`);
  }
  const granted = new Set(current.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!granted.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: roleId } });
  }
}
