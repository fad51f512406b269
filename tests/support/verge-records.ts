import { geometryBounds, geometryCentroid, type VergeRecord } from '@doorstep/domain';
import { generateVerges } from '@doorstep/demo';

/** Bramblewick's generated verges as the export endpoint sends them: each with its box and centre. */
export function vergeRecords(count: number, asOf = '2026-07-15'): VergeRecord[] {
  return generateVerges({ count, asOf }).map(({ verge }, index) => ({
    ...verge,
    documentId: `verge-${index}`,
    bounds: geometryBounds(verge.geometry),
    centroid: geometryCentroid(verge.geometry),
    updatedAt: `${asOf}T08:00:00.000Z`,
  }));
}
