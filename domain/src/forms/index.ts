export * from './definition.js';
export * from './routing.js';
export * from './check-definition.js';
export * from './messages.js';
export * from './answers.js';
export * from './working-days.js';
export * from './from-cms.js';
export * from './summary.js';
