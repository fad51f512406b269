/** The case view's custom fields and the type each stores (a stock Strapi app reads them as that type). */
export const CASE_CUSTOM_FIELDS = [
  { name: 'case-answers', type: 'json' },
  { name: 'case-timeline', type: 'json' },
] as const;
