/** Bramblewick Borough Council: the fictional council behind `npm start`, the tests and the screenshots. */
export { serviceAreas } from './service-areas';
export { servicePages } from './service-pages';
export { communityHubs } from './community-hubs';
export { alertBanners } from './alert-banners';
export { siteSetting, infoPages, searchSynonyms, searchBestBets } from './site';
export { demoForms, notificationEmails, toCmsQuestions } from './forms';
