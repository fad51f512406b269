export * from './bin.js';
export * from './days.js';
export * from './round.js';
export * from './schedule.js';
export * from './from-cms.js';
