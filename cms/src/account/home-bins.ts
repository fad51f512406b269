import type { Core } from '@strapi/strapi';
import {
  BIN_NAMES,
  collectedOn,
  dayNumber,
  dayOfWeek,
  fromDayNumber,
  nextCollections,
  normaliseStreetName,
  type BinKind,
  type Collection,
} from '@doorstep/domain';
import { binRoundForStreet, binRoundsForPostcode, type PublishedBinRound } from '../bins/lookup';
import { streetOfLine } from './home-street';
import type { ResidentAddress } from './residents';

/**
 * The resident's bin day (issue 16): their street's collection round, by the street's
 * USRN when the address matched a street the council knows, otherwise by postcode and
 * the street named in the address. And whether their bins were collected in the time
 * a missed bin can be reported: "by 5pm on the working day after your collection day"
 * (the demo's Report a missed bin page), so on a Monday, Friday's collection counts.
 */
export interface HomeBins {
  streetName: string;
  /** The next two collections, today's included. */
  next: Collection[];
  /** Bins collected in the reporting window, most recent day first; null when none were. */
  recent: { date: string; bins: BinKind[] } | null;
  /** What the round calls each bin ("Black bin"), else what residents call it. */
  names: Partial<Record<BinKind, string>>;
}

/** Days whose collections can still be reported missed today: back to the last working day before it. */
export function reportableDays(today: string): string[] {
  const days: string[] = [];
  for (let day = dayNumber(today) - 1; days.length < 3; day -= 1) {
    const date = fromDayNumber(day);
    days.push(date);
    if (!['saturday', 'sunday'].includes(dayOfWeek(date))) break;
  }
  return days;
}

async function roundFor(
  strapi: Core.Strapi,
  usrn: number | null,
  address: ResidentAddress,
): Promise<PublishedBinRound | null> {
  if (usrn !== null) {
    const round = await binRoundForStreet(strapi, usrn);
    if (round) return round;
  }
  if (!address.postcode) return null;
  const rounds = await binRoundsForPostcode(strapi, address.postcode);
  const named = [address.line1, address.line2].map(streetOfLine).filter(Boolean);
  const onNamed = rounds.filter((round) => named.includes(normaliseStreetName(round.streetName)));
  if (onNamed.length > 0) return onNamed[0]!;
  return named.length === 0 && rounds.length === 1 ? rounds[0]! : null;
}

export async function homeBins(
  strapi: Core.Strapi,
  usrn: number | null,
  address: ResidentAddress,
  today: string,
): Promise<HomeBins | null> {
  const round = await roundFor(strapi, usrn, address);
  if (!round) return null;
  const recent = reportableDays(today)
    .map((date) => ({ date, bins: collectedOn(round, date) }))
    .find((day) => day.bins.length > 0);
  return {
    streetName: round.streetName,
    next: nextCollections(round, today, 2),
    recent: recent ?? null,
    names: Object.fromEntries(round.services.map((service) => [service.bin, service.name ?? BIN_NAMES[service.bin]])),
  };
}
