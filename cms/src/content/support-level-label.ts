import type { Core, Modules } from '@strapi/strapi';

const UID = 'api::support-level.support-level';

/** How editors see a support level where they choose one: its number and its name. */
export const supportLevelLabel = (rank: unknown, name: unknown): string => `Level ${String(rank)}: ${String(name)}`;

/**
 * A support level's label follows its number and name on every save (issue 17, item 6):
 * the admin shows a relation by one stored field, so "Level 2: Online, with help if you
 * need it" is kept in one (private: the site reads the number and name).
 */
export function supportLevelLabels(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data;
    if (!data || (data.rank === undefined && data.name === undefined)) return next();
    let { rank, name } = data;
    if ((rank === undefined || name === undefined) && params.documentId) {
      const current = await strapi.documents(UID).findOne({ documentId: params.documentId, fields: ['rank', 'name'] });
      rank ??= current?.rank;
      name ??= current?.name;
    }
    params.data = { ...data, label: supportLevelLabel(rank, name) };
    return next();
  };
}

/** Labels the levels saved before the label existed, or changed behind the Document Service. */
export async function labelSupportLevels(strapi: Core.Strapi): Promise<void> {
  const rows = (await strapi.db.query(UID).findMany({ select: ['id', 'rank', 'name', 'label'] })) as Array<{
    id: number;
    rank: unknown;
    name: unknown;
    label: unknown;
  }>;
  for (const row of rows) {
    const label = supportLevelLabel(row.rank, row.name);
    if (row.label !== label) await strapi.db.query(UID).update({ where: { id: row.id }, data: { label } });
  }
}

/**
 * Editors and authors see the label where they choose a level: the relation picker shows
 * a field only to roles that may read it. Strapi gives its Editor and Author roles the
 * fields a type had when the roles were made, so an installation older than the label
 * gains it here; a role with no read permission on levels is left without one.
 */
export async function letEditorsReadLabels(strapi: Core.Strapi): Promise<void> {
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: {
      action: 'plugin::content-manager.explorer.read',
      subject: UID,
      role: { code: { $in: ['strapi-editor', 'strapi-author'] } },
    },
  })) as Array<{ id: number; properties?: { fields?: string[] | null } }>;
  for (const permission of permissions) {
    const fields = permission.properties?.fields;
    // No list of fields means every field.
    if (!fields || fields.includes('label')) continue;
    await strapi.db.query('admin::permission').update({
      where: { id: permission.id },
      data: { properties: { ...permission.properties, fields: [...fields, 'label'] } },
    });
  }
}
