import type { SeedServicePage } from '../types';
import { adultSocialCarePages } from './by-area/adult-social-care';
import { benefitsAndFinancialHelpPages } from './by-area/benefits-and-financial-help';
import { childrenAndFamiliesPages } from './by-area/children-and-families';
import { complaintsAndFeedbackPages } from './by-area/complaints-and-feedback';
import { councilTaxPages } from './by-area/council-tax';
import { housingPages } from './by-area/housing';
import { licensingPages } from './by-area/licensing';
import { parkingAndBlueBadgesPages } from './by-area/parking-and-blue-badges';
import { roadsAndVergesPages } from './by-area/roads-and-verges';
import { wasteAndRecyclingPages } from './by-area/waste-and-recycling';
import { yourCouncilAndDataPages } from './by-area/your-council-and-data';

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
