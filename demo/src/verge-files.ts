import type { GeneratedVerge } from './verge-generator.js';

/**
 * Generated verges written the way a council's GIS exports them: a GeoJSON
 * FeatureCollection in British National Grid with the council's own column names
 * (as in many councils' asset registers), and the cutting schedule as a separate CSV.
 * The importer's default mapping reads both; the benchmark imports them.
 */
const CATEGORY_NAMES = {
  'urban-amenity': 'Urban amenity grass',
  'rural-verge': 'Rural verge',
  'visibility-splay': 'Visibility splay',
} as const;

export function toBngFeatureCollection(verges: readonly GeneratedVerge[]) {
  return {
    type: 'FeatureCollection',
    name: 'bramblewick_verges',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
    features: verges.map(({ verge, bngGeometry }) => ({
      type: 'Feature',
      properties: {
        ASSET_ID: verge.reference,
        STREET: verge.streetName.toUpperCase(),
        USRN: verge.usrn,
        LOCALITY: verge.locality,
        POSTCODES: verge.postcodes.join('; '),
        AREA_M2: verge.areaSquareMetres,
        CATEGORY: CATEGORY_NAMES[verge.category],
        CUTS_YR: verge.cutsPerSeason,
        NOTE: verge.noteForResidents,
      },
      geometry: bngGeometry,
    })),
  };
}

const csvField = (value: string | null) =>
  value === null ? '' : /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** One row per cut: reference,scheduled_from,scheduled_to,status,completed_on,skip_reason. */
export function toScheduleCsv(verges: readonly GeneratedVerge[]): string {
  const lines = ['reference,scheduled_from,scheduled_to,status,completed_on,skip_reason'];
  for (const { verge } of verges) {
    for (const cut of verge.cuts) {
      lines.push(
        [verge.reference, cut.scheduledFrom, cut.scheduledTo, cut.status, cut.completedOn, cut.skipReason]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
