import { z } from 'zod';
import { defineContract, text } from './fields.js';

const serviceAreaSchema = z.object({
  documentId: z.string(),
  title: text('Enter a title'),
  slug: text('Enter the page address (slug)'),
  summary: z.string({ error: 'Enter a summary' }),
});

export type ServiceArea = z.output<typeof serviceAreaSchema>;

/** A service area: a heading on the home page that groups service pages. */
export const serviceAreaContract = defineContract({ label: 'Service area', schema: serviceAreaSchema });
