import {
  bannersFor,
  expandQuery,
  matchBestBets,
  nextBannerChange,
  normaliseSearchText,
  synonymTermsSchema,
  bestBetPhraseSchema,
  type AlertBanner,
  type SearchTerms,
} from '@doorstep/domain';
import { describe, expect, it } from 'vitest';

const now = new Date('2026-11-23T09:00:00.000Z');
const banner = (overrides: Partial<AlertBanner>): AlertBanner => ({
  title: 'Banner',
  message: 'Message',
  severity: 'information',
  linkUrl: null,
  linkText: null,
  startsAt: '2026-11-22T09:00:00.000Z',
  endsAt: null,
  scope: 'site',
  serviceAreaSlugs: [],
  servicePageSlugs: [],
  ...overrides,
});

describe('alert banners', () => {
  const current = banner({ title: 'current', endsAt: '2026-11-24T09:00:00.000Z' });
  const future = banner({ title: 'future', startsAt: '2026-11-23T12:00:00.000Z' });
  const expired = banner({
    title: 'expired',
    startsAt: '2026-11-01T00:00:00.000Z',
    endsAt: '2026-11-23T09:00:00.000Z',
  });
  const targeted = banner({ title: 'bins', scope: 'targeted', serviceAreaSlugs: ['waste-and-recycling'] });
  const onePage = banner({ title: 'one page', scope: 'targeted', servicePageSlugs: ['report-a-pothole'] });
  const urgent = banner({ title: 'urgent', severity: 'urgent', startsAt: '2026-11-23T08:00:00.000Z' });
  const all = [current, future, expired, targeted, onePage, urgent];
  const titles = (list: AlertBanner[]) => list.map((b) => b.title);

  it('shows a banner only from its start until (not including) its end', () => {
    expect(titles(bannersFor(all, {}, now))).toEqual(['urgent', 'current']);
    expect(titles(bannersFor([future], {}, new Date('2026-11-23T12:00:00.000Z')))).toEqual(['future']);
    expect(titles(bannersFor([current], {}, new Date('2026-11-24T09:00:00.000Z')))).toEqual([]);
  });

  it('shows a targeted banner on its areas and pages only', () => {
    expect(
      titles(bannersFor(all, { serviceAreaSlug: 'waste-and-recycling', servicePageSlug: 'report-a-missed-bin' }, now)),
    ).toEqual(['urgent', 'current', 'bins']);
    expect(
      titles(bannersFor(all, { serviceAreaSlug: 'roads-and-verges', servicePageSlug: 'report-a-pothole' }, now)),
    ).toEqual(['urgent', 'current', 'one page']);
    expect(titles(bannersFor(all, { serviceAreaSlug: 'housing' }, now))).not.toContain('bins');
  });

  it('knows the next moment a banner starts or ends', () => {
    expect(nextBannerChange(all, now)?.toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(nextBannerChange([current], now)?.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(nextBannerChange([expired], now)).toBeNull();
  });
});

describe('search vocabulary', () => {
  const terms: SearchTerms = {
    synonyms: [
      ['bin', 'rubbish', 'waste'],
      ['council tax', 'ctax'],
    ],
    bestBets: [
      { phrase: 'missed bin', url: '/services/report-a-missed-bin/', title: 'Report a missed bin', summary: '' },
      { phrase: 'council tax', url: '/services/pay-your-council-tax/', title: 'Pay your council tax', summary: '' },
    ],
  };

  it('normalises what residents type', () => {
    expect(normaliseSearchText('  Café   Opening-Times! ')).toBe('cafe opening times');
  });

  it('expands a query with each synonym, plurals included', () => {
    expect(expandQuery('bin collection', terms.synonyms)).toEqual([
      'bin collection',
      'rubbish collection',
      'waste collection',
    ]);
    expect(expandQuery('Bins', terms.synonyms)).toEqual(['bins', 'rubbish', 'waste']);
    expect(expandQuery('pay ctax', terms.synonyms)).toEqual(['pay ctax', 'pay council tax']);
    expect(expandQuery('   ', terms.synonyms)).toEqual([]);
    expect(expandQuery('library', terms.synonyms)).toEqual(['library']);
  });

  it('finds best bets by phrase, through plurals and synonyms', () => {
    expect(matchBestBets('missed bins', terms).map((bet) => bet.title)).toEqual(['Report a missed bin']);
    expect(matchBestBets('how do I pay my ctax', terms).map((bet) => bet.title)).toEqual(['Pay your council tax']);
    expect(matchBestBets('missed rubbish', terms).map((bet) => bet.title)).toEqual(['Report a missed bin']);
    expect(matchBestBets('missed', terms)).toEqual([]);
  });

  it('puts the most specific best bet first', () => {
    const bets = {
      synonyms: [],
      bestBets: [
        { phrase: 'bin', url: '/services/report-a-missed-bin/', title: 'Report a missed bin', summary: '' },
        {
          phrase: 'bin day',
          url: '/services/check-your-bin-collection-day/',
          title: 'Check your bin day',
          summary: '',
        },
      ],
    };
    expect(matchBestBets('bin', bets).map((bet) => bet.title)).toEqual(['Report a missed bin']);
    expect(matchBestBets('bin day', bets).map((bet) => bet.title)).toEqual([
      'Check your bin day',
      'Report a missed bin',
    ]);
  });

  it('refuses a synonym group of one word and an empty best bet, with the reason', () => {
    expect(synonymTermsSchema.parse('Bin, RUBBISH , bin')).toEqual(['bin', 'rubbish']);
    expect(synonymTermsSchema.safeParse('bin, bin').error?.issues[0]?.message).toMatch(/at least two words/);
    expect(bestBetPhraseSchema.safeParse(' !! ').error?.issues[0]?.message).toMatch(/Enter the word or phrase/);
  });
});
