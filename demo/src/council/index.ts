/** Bramblewick Borough Council: the fictional council behind `npm start`, the tests and the screenshots. */
export { serviceAreas } from './service-areas.js';
export { servicePages } from './service-pages.js';
export { communityHubs } from './community-hubs.js';
export { alertBanners } from './alert-banners.js';
export { siteSettings, infoPages, searchSynonyms, searchBestBets } from './site.js';
export { demoForms, notificationEmails } from './forms/index.js';
