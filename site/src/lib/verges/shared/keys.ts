import { normaliseStreetName } from '@doorstep/domain/verge-rules';

/**
 * How street names are filed: by the first two characters of their search key, so a
 * resident typing "Haw" downloads the streets starting "ha" and nothing else.
 */
export const STREET_PREFIX_LENGTH = 2;

/** "ha" for "Hawthorn Rd"; a space is written "_" so it can be a file name. */
export function streetPrefix(key: string): string {
  return key.slice(0, STREET_PREFIX_LENGTH).replace(/ /g, '_');
}

export const streetKey = normaliseStreetName;
