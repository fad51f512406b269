/**
 * The community hubs file the build writes at /community-hubs/near/hubs.json: what
 * the live site server needs to list hubs by distance and say whether each is open
 * at the moment it answers (opening state changes by the minute; the build does not).
 * Version 1. The server parses it with `hubsFileSchema`, so a file from another
 * version fails loudly rather than listing nothing.
 */
import { WEEKDAYS, type CommunityHub, type OpeningTime } from '@doorstep/domain';
import { z } from 'zod';

export const HUBS_FILE_VERSION = 1;
export const HUBS_FILE_NAME = 'hubs.json';

const openingTime = z.object({ day: z.enum(WEEKDAYS), opens: z.string(), closes: z.string() });

export const hubsFileSchema = z.object({
  v: z.literal(HUBS_FILE_VERSION),
  hubs: z.array(
    z.object({
      name: z.string(),
      slug: z.string(),
      address: z.string(),
      town: z.string(),
      postcode: z.string(),
      latitude: z.number(),
      longitude: z.number(),
      openingTimes: z.array(openingTime),
    }),
  ),
});

export type HubsFile = z.infer<typeof hubsFileSchema>;
export type NearHub = HubsFile['hubs'][number];

/** A hub as the site's content has it, or as the demo council seeds it. */
type HubFields = Pick<CommunityHub, 'name' | 'slug' | 'address' | 'town' | 'postcode' | 'latitude' | 'longitude'> & {
  openingTimes: readonly OpeningTime[];
};

export function hubsFile(hubs: readonly HubFields[]): HubsFile {
  return {
    v: HUBS_FILE_VERSION,
    hubs: hubs.map((hub) => ({
      name: hub.name,
      slug: hub.slug,
      address: hub.address,
      town: hub.town,
      postcode: hub.postcode,
      latitude: hub.latitude,
      longitude: hub.longitude,
      openingTimes: hub.openingTimes.map(({ day, opens, closes }) => ({ day, opens, closes })),
    })),
  };
}
