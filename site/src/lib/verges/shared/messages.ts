import type { Manifest } from './format';

/**
 * What the verge search says, in one place and in GOV.UK's words: what went wrong
 * and how to put it right, never an empty page. Examples come from the council's
 * own data, so the hint names a street residents would know.
 */
const FALLBACK_EXAMPLES = { street: 'High Street', postcode: 'AB1 2CD' };

export const searchMessages = (examples: Manifest['examples']) => messagesFor(examples ?? FALLBACK_EXAMPLES);

const messagesFor = (examples: NonNullable<Manifest['examples']>) => ({
  hint: `For example, ${examples.street} or ${examples.postcode}`,
  empty: `Enter a street name or a postcode, like ${examples.street} or ${examples.postcode}`,
  tooShort: 'Enter at least 2 letters of the street name',
  partialPostcode: `Enter a full postcode, like ${examples.postcode}`,
  unknownStreet: (text: string) =>
    `We could not find a street called “${text}”. Check the spelling, try the first word of the name, or search by postcode.`,
  unknownPostcode: (postcode: string) =>
    `We could not find any verges next to ${postcode}. Check the postcode, or search for the street name instead.`,
  unknownDistrict: (outward: string) =>
    `We could not find any verges in the ${outward} postcode area. Check the postcode, or search for the street name instead.`,
  district: (outward: string) =>
    `${outward} is the first half of a postcode. Enter your full postcode, like ${examples.postcode}, or see every street in ${outward}.`,
  failed: 'Sorry, the verge information could not be loaded. Check your connection and try again.',
});

export const locationMessages = {
  finding: 'Finding your location…',
  refused:
    'We could not use your location because your browser or device did not allow it. Search by street name or postcode instead.',
  unavailable: 'We could not find your location. Search by street name or postcode instead.',
  nothingNearby: 'There are no council verges within 300 metres of you. Search by street name or postcode instead.',
};
