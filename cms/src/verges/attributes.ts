import { formatPostcodeList, type Verge, type VergeCut } from '@doorstep/domain';
import { placeOf } from './derived-fields';

/**
 * A verge and a cut as the attributes of Strapi's verge content type and cut component:
 * what the Document Service writer sends and what the bulk writer puts in each row, so
 * both write the same verges (postcodes in canonical form, bounds and centre derived).
 */
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

export function cutAttributes(cut: VergeCut) {
  return {
    scheduledFrom: cut.scheduledFrom,
    scheduledTo: cut.scheduledTo,
    status: cut.status,
    skipReason: cut.skipReason,
    completedOn: cut.completedOn,
  };
}
