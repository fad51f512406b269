/**
 * Content contracts: one zod schema per content type the site renders. The site
 * parses what the API returns with it, the CMS's publish rules check drafts with it,
 * and the demo council's data is typed from it, so the shape is written once.
 */
export * from './fields.js';
export * from './service-page.js';
export * from './promoted-months.js';
export * from './service-area.js';
export * from './support-level.js';
export * from './community-hub.js';
export * from './alert-banner.js';
export * from './info-page.js';
export * from './site-settings.js';
export * from './search.js';
export * from './council.js';
