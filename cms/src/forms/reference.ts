import { randomInt } from 'node:crypto';

/** Crockford's base 32 without I, L, O and U: easy to read out on the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A submission reference like "K7Q9-XPM4-TA2B": 60 random bits, so a reference
 * reveals nothing (no count, no date, no form) and cannot be guessed.
 */
export function newReference(): string {
  const characters = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}
