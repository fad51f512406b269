import { vergeToCms, type Verge } from '@doorstep/domain';

/**
 * A verge as the two rows Strapi keeps for a published document (the draft, and the
 * published copy with `publishedAt`), field for field what the admin panel's Document
 * Service writes: same documentId, same timestamps, derived bounds and centre.
 */
export interface RowStamp {
  documentId: string;
  createdAt: Date;
  updatedAt: Date;
}

export function vergeRows(verge: Verge, stamp: RowStamp) {
  const row = {
    ...vergeToCms(verge),
    documentId: stamp.documentId,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
    locale: null,
  };
  return [
    { ...row, publishedAt: null },
    { ...row, publishedAt: stamp.updatedAt },
  ];
}
