import { z } from 'zod';
import { cmsEnum, defineContract, list, richText, text, timeOfDay, updatedAt } from './fields.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

const openingTime = z.object({
  day: cmsEnum(weekdaySchema),
  opens: timeOfDay,
  closes: timeOfDay,
  note: z.string().nullable(),
});

const communityHubSchema = z.object({
  documentId: z.string(),
  name: text('Enter the hub’s name'),
  slug: text('Enter the page address (slug)'),
  summary: z.string({ error: 'Enter a summary' }),
  address: text('Enter the address'),
  town: text('Enter the town'),
  postcode: text('Enter the postcode'),
  latitude: z.number({ error: 'Enter the latitude' }).min(-90).max(90),
  longitude: z.number({ error: 'Enter the longitude' }).min(-180).max(180),
  openingTimes: list(openingTime),
  helpAvailable: richText(),
  accessibility: z.string({ error: 'Say how accessible the building is' }),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  updatedAt,
});

export type CommunityHub = z.output<typeof communityHubSchema>;

/** A Level 0 community hub: a place residents get help before the council's front door. */
export const communityHubContract = defineContract({
  label: 'Community hub',
  schema: communityHubSchema,
  // /community-hubs/near/ is "Find a community hub near you": a hub there would hide it.
  publishChecks: (hub) =>
    hub.slug === 'near' ? ['slug: “near” is the address of Find a community hub near you. Choose another'] : [],
});
