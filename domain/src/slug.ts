import { z } from 'zod';

/** Slugs are lower-case words joined by hyphens; they become URLs on the resident site. */
export const slugSchema = z
  .string()
  .min(1, 'Enter a slug')
  .max(80, 'Slug must be 80 characters or fewer')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Slug must be lower-case letters, numbers and single hyphens');

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** LGSL: the Local Government Service List's numeric code for a service. */
export const lgslCodeSchema = z.number().int().min(1).max(99999);
