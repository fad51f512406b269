import type { FormDefinitionInput } from '@doorstep/domain';
import {
  blueBadgeEnquiry,
  councilTaxDirectDebit,
  freedomOfInformationRequest,
  makeAComplaint,
  reportAMissedBin,
  reportAVergeProblem,
} from './demo-forms.js';
import { everyFieldTypeForm } from './every-field-type.js';
import { applyForCouncilTaxReduction, applyForHousingBenefit, reportAChangeOfCircumstances } from './benefits-forms.js';
import { applyForADiscretionaryHousingPayment, applyForAnEmergencySupportGrant } from './hardship-forms.js';
import { applyForASinglePersonDiscount, councilTaxPaymentPlan, tellUsYouAreMovingHome } from './council-tax-forms.js';
import { applyToJoinTheHousingRegister, homelessnessAdvice, reportAProblemWithARentedHome } from './housing-forms.js';
import { applyForAPremisesLicence, applyForATaxiDriverLicence, giveATemporaryEventNotice } from './licensing-forms.js';
import { applyForFreeSchoolMeals, askForYourPersonalData, giveUsAComplimentOrSuggestion } from './more-forms.js';
import { applyForAResidentParkingPermit, challengeAParkingFine } from './parking-forms.js';
import { applyForADroppedKerb, reportAPothole, reportAStreetLightFault } from './roads-forms.js';
import { bookABulkyWasteCollection, orderANewBin, reportFlyTipping, subscribeToGardenWaste } from './waste-forms.js';

export { everyFieldTypeForm };

export const demoForms: FormDefinitionInput[] = [
  reportAMissedBin,
  reportAVergeProblem,
  freedomOfInformationRequest,
  makeAComplaint,
  blueBadgeEnquiry,
  councilTaxDirectDebit,
  // Bins, recycling and waste
  orderANewBin,
  bookABulkyWasteCollection,
  subscribeToGardenWaste,
  reportFlyTipping,
  // Roads, streets and verges
  reportAStreetLightFault,
  reportAPothole,
  applyForADroppedKerb,
  // Council tax
  applyForASinglePersonDiscount,
  tellUsYouAreMovingHome,
  councilTaxPaymentPlan,
  // Benefits and financial help
  applyForCouncilTaxReduction,
  applyForHousingBenefit,
  applyForADiscretionaryHousingPayment,
  applyForAnEmergencySupportGrant,
  reportAChangeOfCircumstances,
  // Housing
  homelessnessAdvice,
  applyToJoinTheHousingRegister,
  reportAProblemWithARentedHome,
  // Licensing
  applyForAPremisesLicence,
  applyForATaxiDriverLicence,
  giveATemporaryEventNotice,
  // Parking
  applyForAResidentParkingPermit,
  challengeAParkingFine,
  // Children and families, feedback, your data
  applyForFreeSchoolMeals,
  giveUsAComplimentOrSuggestion,
  askForYourPersonalData,
  everyFieldTypeForm,
];

/** Each form's service team inbox (private: never in the public API). */
export const notificationEmails: Record<string, string> = {
  'report-a-missed-bin': 'waste@bramblewick.example',
  'report-a-verge-problem': 'highways@bramblewick.example',
  'freedom-of-information-request': 'information@bramblewick.example',
  'make-a-complaint': 'feedback@bramblewick.example',
  'blue-badge-enquiry': 'parking@bramblewick.example',
  'council-tax-direct-debit': 'counciltax@bramblewick.example',
  'order-a-new-bin': 'waste@bramblewick.example',
  'book-a-bulky-waste-collection': 'waste@bramblewick.example',
  'subscribe-to-garden-waste-collections': 'waste@bramblewick.example',
  'report-fly-tipping': 'waste@bramblewick.example',
  'report-a-street-light-fault': 'highways@bramblewick.example',
  'report-a-pothole': 'highways@bramblewick.example',
  'apply-for-a-dropped-kerb': 'highways@bramblewick.example',
  'apply-for-a-single-person-discount': 'counciltax@bramblewick.example',
  'tell-us-you-are-moving-home': 'counciltax@bramblewick.example',
  'council-tax-payment-plan': 'counciltax@bramblewick.example',
  'apply-for-council-tax-reduction': 'benefits@bramblewick.example',
  'apply-for-housing-benefit': 'benefits@bramblewick.example',
  'apply-for-a-discretionary-housing-payment': 'benefits@bramblewick.example',
  'apply-for-an-emergency-support-grant': 'benefits@bramblewick.example',
  'report-a-change-of-circumstances': 'benefits@bramblewick.example',
  'homelessness-advice': 'housing@bramblewick.example',
  'apply-to-join-the-housing-register': 'housing@bramblewick.example',
  'report-a-problem-with-a-rented-home': 'housing@bramblewick.example',
  'apply-for-a-premises-licence': 'licensing@bramblewick.example',
  'apply-for-a-taxi-or-private-hire-driver-licence': 'licensing@bramblewick.example',
  'give-a-temporary-event-notice': 'licensing@bramblewick.example',
  'apply-for-a-resident-parking-permit': 'parking@bramblewick.example',
  'challenge-a-parking-fine': 'parking@bramblewick.example',
  'apply-for-free-school-meals': 'children@bramblewick.example',
  'give-us-a-compliment-or-suggestion': 'feedback@bramblewick.example',
  'ask-for-your-personal-data': 'information@bramblewick.example',
  'every-field-type': 'test-forms@bramblewick.example',
};
