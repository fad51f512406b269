import type { VergeCategory, VergeSummaryState } from '@doorstep/domain/verge-rules';

/**
 * How a verge's status looks, in one place for the pages, the legend and the map.
 * Never colour alone (WCAG 1.4.1): each status has its words, and on the map its
 * own line pattern; every colour is at least 3:1 against white and the plain map
 * background (WCAG 1.4.11).
 */
export type MapStatus = 'fine' | 'cut-overdue' | 'problem-reported';

export interface StatusStyle {
  /** Words on the tag, the legend and the results list. */
  text: string;
  /** GOV.UK tag colour. */
  tagClass: string;
  /** The line on the map. */
  colour: string;
  /** SVG dash pattern; null for a solid line. */
  dashArray: string | null;
  weight: number;
  /** The pattern in words, for the legend. */
  pattern: string;
  /** What it means, for the legend. */
  meaning: string;
}

export const STATUS_STYLES: Record<MapStatus, StatusStyle> = {
  fine: {
    text: 'No problems',
    tagClass: 'govuk-tag--green',
    colour: '#00703c',
    dashArray: null,
    weight: 4,
    pattern: 'solid green line',
    meaning: 'the grass is being cut as planned',
  },
  'cut-overdue': {
    text: 'Cut overdue',
    tagClass: 'govuk-tag--orange',
    colour: '#8a4100',
    dashArray: '2 7',
    weight: 6,
    pattern: 'dotted brown line',
    meaning: 'a planned cut is late',
  },
  'problem-reported': {
    text: 'Problem reported',
    tagClass: 'govuk-tag--red',
    colour: '#d4351c',
    dashArray: '12 6',
    weight: 5,
    pattern: 'dashed red line',
    meaning: 'someone has told us about a problem and we are looking into it',
  },
};

export const MAP_STATUSES = Object.keys(STATUS_STYLES) as MapStatus[];

/** From summariseVerge's state: a cut that is due or finished for the season is fine. */
export function mapStatus(state: VergeSummaryState): MapStatus {
  switch (state) {
    case 'problem-reported':
    case 'cut-overdue':
      return state;
    case 'cut-due':
    case 'no-more-cuts':
      return 'fine';
  }
}

export const CATEGORY_WORDS: Record<VergeCategory, string> = {
  'urban-amenity': 'Grass in a town or village (amenity grass)',
  'rural-verge': 'Verge on a country road',
  'visibility-splay': 'Grass at a junction, kept short so drivers can see (visibility splay)',
};
