import { describe, expect, it } from 'vitest';
import { answerBinQuery, type IndexedStreet } from '../../site/src/lib/bins/search';

const streets: IndexedStreet[] = [
  { s: 'holly-grove-bramblewick', n: 'Holly Grove', l: 'Bramblewick', p: ['BW1 6DA'] },
  { s: 'mill-lane-bramblewick', n: 'Mill Lane', l: 'Bramblewick', p: ['BW1 6DA', 'BW1 6DB'] },
  { s: 'mill-lane-oakhurst', n: 'Mill Lane', l: 'Oakhurst', p: ['BW3 2WH'] },
  { s: 'st-marys-road-oakhurst', n: "St Mary's Road", l: 'Oakhurst', p: ['BW3 2WJ'] },
];

describe('the bin day search', () => {
  it('leads a street or postcode found to its page', () => {
    expect(answerBinQuery(streets, 'holly grove')).toEqual({
      kind: 'go',
      href: '/bin-days/streets/holly-grove-bramblewick/',
    });
    expect(answerBinQuery(streets, 'St Marys Rd')).toEqual({
      kind: 'go',
      href: '/bin-days/streets/st-marys-road-oakhurst/',
    });
    expect(answerBinQuery(streets, 'bw32wh')).toEqual({ kind: 'go', href: '/bin-days/streets/mill-lane-oakhurst/' });
    expect(answerBinQuery(streets, 'BW1 6DA')).toEqual({ kind: 'go', href: '/bin-days/postcodes/bw1/#BW1-6DA' });
    expect(answerBinQuery(streets, 'bw1')).toEqual({ kind: 'go', href: '/bin-days/postcodes/bw1/' });
  });

  it('lists streets of the same name, or the streets matching part of one', () => {
    expect(answerBinQuery(streets, 'Mill Lane')).toMatchObject({
      kind: 'choose',
      heading: 'There is more than one Mill Lane',
    });
    const partial = answerBinQuery(streets, 'mill');
    expect(partial.kind === 'choose' && partial.streets.map((street) => street.s)).toEqual([
      'mill-lane-bramblewick',
      'mill-lane-oakhurst',
    ]);
  });

  it('says what it could not find, in words', () => {
    expect(answerBinQuery(streets, '  ')).toEqual({ kind: 'problem', message: 'Enter a street name or postcode' });
    expect(answerBinQuery(streets, 'Hollly Grov')).toEqual({
      kind: 'not-found',
      message:
        'We could not find a street called “Hollly Grov”. Check the spelling, or find your street in the A to Z.',
    });
    expect(answerBinQuery(streets, 'BW9 9ZZ')).toMatchObject({ kind: 'not-found' });
  });
});
