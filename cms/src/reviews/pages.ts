import { z } from 'zod';
import { EDITORIAL_TYPES } from '../editorial-types';

/**
 * The pages that have an owner and a review-by date (issue 17): service pages and
 * information pages, by the short name the admin routes use.
 */
export const REVIEWED = {
  'service-page': EDITORIAL_TYPES['service-page'],
  'info-page': EDITORIAL_TYPES['info-page'],
} as const;

export const pageTypeSchema = z.enum(['service-page', 'info-page']);
export type PageType = z.infer<typeof pageTypeSchema>;
export type ReviewedUid = (typeof REVIEWED)[PageType]['uid'];

export const PAGE_TYPES = pageTypeSchema.options;

export const typeOfUid = (uid: string): PageType | undefined => PAGE_TYPES.find((type) => REVIEWED[type].uid === uid);
