import { formatPostcodeList, type Verge, type VergeCut } from '@doorstep/domain';
import { placeOf } from '../../verges/derived-fields';

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

export function vergeAttributes(verge: Verge) {
  return {
    reference: verge.reference,
    streetName: verge.streetName,
    usrn: verge.usrn,
    locality: verge.locality,
    postcodes: verge.postcodes.length === 0 ? null : formatPostcodeList(verge.postcodes),
    geometry: verge.geometry,
    areaSquareMetres: verge.areaSquareMetres,
    category: verge.category,
    cutsPerSeason: verge.cutsPerSeason,
    currentStatus: verge.currentStatus,
    noteForResidents: verge.noteForResidents,
    ...placeOf(verge.geometry),
  };
}

export function vergeRows(verge: Verge, stamp: RowStamp) {
  const row = {
    ...vergeAttributes(verge),
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

export function cutAttributes(cut: VergeCut) {
  return {
    scheduledFrom: cut.scheduledFrom,
    scheduledTo: cut.scheduledTo,
    status: cut.status,
    skipReason: cut.skipReason,
    completedOn: cut.completedOn,
  };
}
