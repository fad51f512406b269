export * from './distance.js';
export * from './opening.js';
