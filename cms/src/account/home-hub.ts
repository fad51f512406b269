import type { Core } from '@strapi/strapi';
import { hubsByDistance, milesAway, openingSentence, openingState } from '@doorstep/domain';
import { z } from 'zod';

/** The resident's nearest community hub and whether it is open now (issue 16). */
export interface HomeHub {
  name: string;
  slug: string;
  /** "0.4 miles". */
  distance: string;
  /** "Open now, closes at 5pm", "Closed, opens tomorrow at 9am". */
  opening: string;
}

const row = z.object({
  name: z.string(),
  slug: z.string(),
  latitude: z.coerce.number(),
  longitude: z.coerce.number(),
  openingTimes: z
    .array(
      z.object({
        day: z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
        opens: z.string(),
        closes: z.string(),
      }),
    )
    .default([]),
});

/** From a point on the resident's street (a verge's centre), the nearest published hub. */
export async function nearestHub(
  strapi: Core.Strapi,
  point: { latitude: number; longitude: number },
  now: Date,
): Promise<HomeHub | null> {
  const rows = await strapi.db.query('api::community-hub.community-hub').findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['name', 'slug', 'latitude', 'longitude'],
    populate: { openingTimes: true },
    limit: 500,
  });
  const nearest = hubsByDistance(z.array(row).parse(rows), point)[0];
  if (!nearest) return null;
  return {
    name: nearest.hub.name,
    slug: nearest.hub.slug,
    distance: milesAway(nearest.metres),
    opening: openingSentence(openingState(nearest.hub.openingTimes, now)),
  };
}
