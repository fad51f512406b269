/**
 * The verge rules that need no zod: schedule, summary sentences, dates, street keys,
 * measures and postcodes. The map island imports `@doorstep/domain/verge-rules` so it ships
 * these few kilobytes, not the validation library.
 */
export * from './dates.js';
export * from './schedule.js';
export * from './summary.js';
export * from './street-names.js';
export * from './measures.js';
export * from '../postcode.js';
export type { Position, VergeGeometry } from './geometry.js';
export type { VergeCut, VergeCutStatus } from './cut.js';
export type { Verge, VergeCategory, VergeStatus } from './verge.js';
export type { VergeRecord } from './export.js';
