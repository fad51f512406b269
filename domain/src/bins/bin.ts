/**
 * The bins a council collects, in the words and colours councils print on their
 * calendars. A closed set: every page, tag and import switches on it.
 */
export const BIN_KINDS = ['rubbish', 'recycling', 'garden-waste', 'food-waste'] as const;
export type BinKind = (typeof BIN_KINDS)[number];

/** Colours as councils write them on the lid; a tag on the site is drawn in it. */
export const BIN_COLOURS = ['black', 'grey', 'blue', 'green', 'brown', 'purple'] as const;
export type BinColour = (typeof BIN_COLOURS)[number];

/** What a resident calls each bin when the council has not named it ("General rubbish"). */
export const BIN_NAMES: Readonly<Record<BinKind, string>> = {
  rubbish: 'General rubbish',
  recycling: 'Recycling',
  'garden-waste': 'Garden waste',
  'food-waste': 'Food waste',
};

/** The colour most councils use, for a round that does not say. */
export const DEFAULT_BIN_COLOURS: Readonly<Record<BinKind, BinColour>> = {
  rubbish: 'black',
  recycling: 'blue',
  'garden-waste': 'green',
  'food-waste': 'brown',
};

/** Regular collections are on working days; an exception may move one to a Saturday. */
export const COLLECTION_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export type CollectionWeekday = (typeof COLLECTION_WEEKDAYS)[number];

/** Every week or every other week: the only patterns councils run. */
export const COLLECTION_INTERVALS = [1, 2] as const;
export type CollectionInterval = (typeof COLLECTION_INTERVALS)[number];

export const binOrder = (a: BinKind, b: BinKind) => BIN_KINDS.indexOf(a) - BIN_KINDS.indexOf(b);
