import type { Manifest } from '../verges/shared/format';

/**
 * What "Find a community hub near you" says when it cannot answer, in GOV.UK's words:
 * what went wrong, naming what the resident typed, and what to do instead. Examples
 * come from the council's own streets (the verge data), so they name a real place.
 */
const FALLBACK_EXAMPLES = { street: 'High Street', postcode: 'AB1 2CD' };

export const hubsNearMessages = (examples: Manifest['examples']) => messagesFor(examples ?? FALLBACK_EXAMPLES);

const messagesFor = ({ street, postcode }: NonNullable<Manifest['examples']>) => ({
  hint: `For example, ${postcode} or ${street}`,
  empty: `Enter a postcode or a street name, like ${postcode} or ${street}`,
  tooShort: 'Enter at least 2 letters of the street name',
  malformedPostcode: (typed: string) =>
    `“${typed}” is not a full postcode. Enter a postcode like ${postcode}, or a street name`,
  unknownPostcode: (code: string) =>
    `We could not find the postcode ${code} in the council’s area. Check it, or enter your street name instead.`,
  unknownArea: (code: string) =>
    `We could not find any streets in the ${code} postcode area. Check it, or enter your full postcode or street name instead.`,
  unknownStreet: (typed: string) =>
    `We could not find a street called “${typed}”. Check the spelling, or enter your postcode instead.`,
});

export const locationMessages = {
  unreadable: 'Your location could not be read. Enter a postcode or a street name instead.',
  outsideUk: 'Your location is outside the UK. Enter a postcode or a street name instead.',
};
