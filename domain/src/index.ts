export * from './support-levels.js';
export * from './expected-response.js';
export * from './contact-channels.js';
export * from './slug.js';
export * from './blocks.js';
export * from './errors.js';
