import type { Core } from '@strapi/strapi';
import { SUPPORT_LEVEL_DEFAULTS } from '@doorstep/domain';

const UID = 'api::support-level.support-level';

/**
 * The four support levels exist in every installation with their fixed keys.
 * Missing ones are created and published; existing wording is never overwritten.
 */
export async function ensureSupportLevels(strapi: Core.Strapi): Promise<void> {
  const existing = await strapi.documents(UID).findMany({ status: 'draft', fields: ['key'], limit: 10 });
  const present = new Set(existing.map((level) => level.key));
  for (const level of SUPPORT_LEVEL_DEFAULTS) {
    if (present.has(level.key)) continue;
    await strapi.documents(UID).create({
      data: { key: level.key, rank: level.rank, name: level.name, summary: level.summary },
      status: 'published',
    });
    strapi.log.info(`Created support level ${level.key} (${level.name})`);
  }
}
