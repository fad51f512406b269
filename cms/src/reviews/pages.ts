import { z } from 'zod';

/**
 * The pages that have an owner and a review-by date (issue 17): service pages and
 * information pages, by the short name the admin routes use.
 */
export const REVIEWED = {
  'service-page': { uid: 'api::service-page.service-page', label: 'Service page' },
  'info-page': { uid: 'api::info-page.info-page', label: 'Information page' },
} as const;

export const pageTypeSchema = z.enum(['service-page', 'info-page']);
export type PageType = z.infer<typeof pageTypeSchema>;
export type ReviewedUid = (typeof REVIEWED)[PageType]['uid'];

export const PAGE_TYPES = pageTypeSchema.options;

export const typeOfUid = (uid: string): PageType | undefined => PAGE_TYPES.find((type) => REVIEWED[type].uid === uid);
