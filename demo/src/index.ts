/**
 * Bramblewick Borough Council, the fictional council behind `npm start`, the tests,
 * the benchmarks and the screenshots: its content as plain data, loaded into the CMS
 * by the CMS's council loader when SEED_DEMO_COUNCIL=true. A council's own content
 * would take the same shape (CouncilContent in @doorstep/domain).
 */
import type { CouncilContent } from '@doorstep/domain';
import {
  alertBanners,
  communityHubs,
  demoForms,
  infoPages,
  notificationEmails,
  searchBestBets,
  searchSynonyms,
  serviceAreas,
  servicePages,
  siteSettings,
} from './council/index.js';
import { generateVerges, seasonDate } from './verge-generator.js';
import { generateBinRounds } from './bin-rounds.js';

/** Bramblewick's verges: a few thousand along a few hundred streets, for one season. */
export const DEMO_VERGES = { count: 3000, prefix: 'BW-V' } as const;

export const bramblewick: CouncilContent = {
  serviceAreas,
  servicePages,
  communityHubs,
  alertBanners,
  siteSettings,
  infoPages,
  searchSynonyms,
  searchBestBets,
  forms: demoForms,
  formInboxes: notificationEmails,
  verges: {
    ...DEMO_VERGES,
    generate: (asOf) => generateVerges({ ...DEMO_VERGES, asOf: seasonDate(asOf) }).map((generated) => generated.verge),
  },
  // For the streets of the verges in the CMS, whichever day they were generated.
  binRounds: { generate: generateBinRounds },
};

export * from './council/index.js';
export { everyFieldTypeForm } from './council/forms/every-field-type.js';
export { makeAComplaint, reportAMissedBin, reportAVergeProblem } from './council/forms/demo-forms.js';
export { generateServicePages, type GeneratorOptions } from './generator.js';
export { generateVerges, seasonDate, type GeneratedVerge, type VergeGeneratorOptions } from './verge-generator.js';
export { toBngFeatureCollection, toScheduleCsv } from './verge-files.js';
export {
  generateStreetSubscriptions,
  type GeneratedSubscription,
  type SubscriptionGeneratorOptions,
} from './subscription-generator.js';
export { generateBinRounds, HOLIDAY_CHANGES } from './bin-rounds.js';
export { toBinRoundsCsv, toBinExceptionsCsv } from './bin-files.js';
