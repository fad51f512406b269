export * from './rules.js';
export * from './geometry.js';
export * from './cut.js';
export * from './verge.js';
export * from './postcodes.js';
export * from './from-cms.js';
export * from './to-cms.js';
export * from './export.js';
