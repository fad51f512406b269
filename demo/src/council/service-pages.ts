import type { SeedServicePage } from '@doorstep/domain';
import { adultSocialCarePages } from './by-area/adult-social-care.js';
import { benefitsAndFinancialHelpPages } from './by-area/benefits-and-financial-help.js';
import { childrenAndFamiliesPages } from './by-area/children-and-families.js';
import { complaintsAndFeedbackPages } from './by-area/complaints-and-feedback.js';
import { councilTaxPages } from './by-area/council-tax.js';
import { housingPages } from './by-area/housing.js';
import { licensingPages } from './by-area/licensing.js';
import { parkingAndBlueBadgesPages } from './by-area/parking-and-blue-badges.js';
import { roadsAndVergesPages } from './by-area/roads-and-verges.js';
import { wasteAndRecyclingPages } from './by-area/waste-and-recycling.js';
import { yourCouncilAndDataPages } from './by-area/your-council-and-data.js';

/** Every demo service page, kept in by-area/ with one file per service area, in the order of `serviceAreas`. */
export const servicePages: SeedServicePage[] = [
  ...wasteAndRecyclingPages,
  ...councilTaxPages,
  ...benefitsAndFinancialHelpPages,
  ...housingPages,
  ...licensingPages,
  ...complaintsAndFeedbackPages,
  ...yourCouncilAndDataPages,
  ...adultSocialCarePages,
  ...childrenAndFamiliesPages,
  ...roadsAndVergesPages,
  ...parkingAndBlueBadgesPages,
];
