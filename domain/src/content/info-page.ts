import { z } from 'zod';
import { RESERVED_SLUGS } from '../site-paths.js';
import { defineContract, richText, text, updatedAt } from './fields.js';

const infoPageSchema = z.object({
  documentId: z.string(),
  title: text('Enter a title'),
  // An information page lives at /<slug>/, so it cannot take an address the site uses itself.
  slug: text('Enter the page address (slug)').refine((slug) => !RESERVED_SLUGS.includes(slug), {
    message: 'This address is used by another part of the site. Choose a different slug',
  }),
  summary: z.string({ error: 'Enter a summary' }),
  body: richText('Write the body text before publishing'),
  showInFooter: z.boolean(),
  updatedAt,
});

export type InfoPage = z.output<typeof infoPageSchema>;

/** An information page (accessibility statement, privacy notice): body text at /<slug>/. */
export const infoPageContract = defineContract({ label: 'Information page', schema: infoPageSchema });
