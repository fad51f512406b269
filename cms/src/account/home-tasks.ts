import type { Core } from '@strapi/strapi';
import { orderTopTasks, parseMonthList, sitePaths, ukMonth } from '@doorstep/domain';
import { z } from 'zod';

/** A top task as the panel links to it. */
export interface HomeTask {
  title: string;
  href: string;
  /** Promoted this month by editors (a seasonal task). */
  seasonal: boolean;
}

const row = z.object({
  title: z.string(),
  slug: z.string(),
  isTopTask: z.coerce.boolean(),
  promotedMonths: z.string().nullable().optional(),
});

/**
 * The home page's top tasks for this month, as the static home page lists them
 * (site/src/pages/index.astro): seasonal ones first. Read from published pages.
 */
export async function homeTasks(strapi: Core.Strapi, now: Date): Promise<HomeTask[]> {
  const rows = await strapi.db.query('api::service-page.service-page').findMany({
    where: {
      publishedAt: { $notNull: true },
      $or: [{ isTopTask: true }, { promotedMonths: { $notNull: true, $ne: '' } }],
    },
    select: ['title', 'slug', 'isTopTask', 'promotedMonths'],
    limit: 200,
  });
  const month = ukMonth(now);
  const pages = z
    .array(row)
    .parse(rows)
    .map((page) => ({ ...page, promotedMonths: parseMonthList(page.promotedMonths).months }));
  return orderTopTasks(pages, month).map((page) => ({
    title: page.title,
    href: sitePaths.servicePage(page.slug),
    seasonal: page.promotedMonths.includes(month),
  }));
}
