/**
 * "Find a community hub near you", answered: where the resident means (a postcode, a
 * street, or their browser's location), then the hubs nearest it, each with its
 * distance and whether it is open at `now`. The live site server runs this when it
 * answers the page (site/server/hubs-near.ts); it is pure apart from the data given.
 */
import { clockTime, hubsByDistance, milesAway, openingSentence, openingState, type LatLon } from '@doorstep/domain';
import type { VergeData } from '../verges/browser/search';
import type { NearHub } from './hubs-file';
import { locatePlace } from './locate';
import { locationMessages } from './messages';

/** What the form sent: `q` from the box, or `lat` and `lon` from "Use my location". */
export interface HubsNearRequest {
  q: string | null;
  lat: string | null;
  lon: string | null;
}

export interface HubNearby {
  name: string;
  slug: string;
  address: string;
  distance: string;
  open: boolean;
  opening: string;
}

export type HubsNearAnswer =
  | { kind: 'problem'; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'choose-street'; heading: string; streets: string[] }
  | { kind: 'hubs'; heading: string; from: string; checkedAt: string; hubs: HubNearby[] };

/** How many hubs a search lists, nearest first. */
export const HUBS_LISTED = 10;

/** The longest text read from the box; longer is cut, as the verge search does. */
export const MAX_TYPED = 100;

/** A plain decimal number of degrees: no exponents, no hex, nothing a browser would not send. */
const DEGREES = /^-?\d{1,3}(\.\d{1,12})?$/;

/**
 * The UK, give or take (the CMS holds hubs to the same box): a location outside it is
 * not a resident's, and distances from it would mean nothing.
 */
export const UK_BOUNDS = { latitude: [49, 61], longitude: [-9, 2] } as const;

export function parseLocation(lat: string, lon: string): { point: LatLon } | { problem: string } {
  if (!DEGREES.test(lat) || !DEGREES.test(lon)) return { problem: locationMessages.unreadable };
  const point = { latitude: Number(lat), longitude: Number(lon) };
  const inside = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;
  if (!inside(point.latitude, UK_BOUNDS.latitude) || !inside(point.longitude, UK_BOUNDS.longitude)) {
    return { problem: locationMessages.outsideUk };
  }
  return { point };
}

/** "14 Chapel Row, Bramblewick, BW1 2AB": the address lines on one line, the town not said twice. */
export function oneLineAddress(hub: Pick<NearHub, 'address' | 'town' | 'postcode'>): string {
  const lines = hub.address
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (!lines.includes(hub.town)) lines.push(hub.town);
  return [...lines, hub.postcode].join(', ');
}

export function listHubs(hubs: readonly NearHub[], point: LatLon, now: Date): HubNearby[] {
  return hubsByDistance(hubs, point)
    .slice(0, HUBS_LISTED)
    .map(({ hub, metres }) => {
      const state = openingState(hub.openingTimes, now);
      return {
        name: hub.name,
        slug: hub.slug,
        address: oneLineAddress(hub),
        distance: milesAway(metres),
        open: state.open,
        opening: openingSentence(state),
      };
    });
}

const ukClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export async function answerHubsNear(
  data: VergeData,
  hubs: readonly NearHub[],
  request: HubsNearRequest,
  now: Date,
): Promise<HubsNearAnswer> {
  const checkedAt = clockTime(ukClock.format(now));
  if (request.lat !== null || request.lon !== null) {
    const location = parseLocation(request.lat ?? '', request.lon ?? '');
    if ('problem' in location) return { kind: 'problem', message: location.problem };
    const listed = listHubs(hubs, location.point, now);
    return { kind: 'hubs', heading: 'Community hubs nearest to you', from: 'your location', checkedAt, hubs: listed };
  }
  const place = await locatePlace(data, (request.q ?? '').slice(0, MAX_TYPED));
  if (place.kind !== 'found') return place;
  const listed = listHubs(hubs, place.point, now);
  return {
    kind: 'hubs',
    heading: `Community hubs nearest to ${place.label}`,
    from: place.from,
    checkedAt,
    hubs: listed,
  };
}
