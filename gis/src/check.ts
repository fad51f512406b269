import {
  describeIssues,
  geometryAreaSquareMetres,
  VERGE_CATEGORIES,
  vergeGeometrySchema,
  vergeSchema,
  type Verge,
  type VergeCut,
  type VergeStatus,
} from '@doorstep/domain';
import { BNG, type Crs } from '@doorstep/domain/projection';
import { originalPosition, toWgs84 } from './geometry.js';
import type { PropertyMap, VergeField } from './mapping.js';
import { splitIssue, type ImportProblem } from './problems.js';
import type { RawFeature } from './read.js';
import * as values from './values.js';

/**
 * Turns one feature into a verge, or says everything wrong with it. Fields the file
 * leaves out are kept from the verge already in the CMS (its status, note and cuts), so
 * re-importing the council's GIS layer never wipes what editors or crews added.
 */
export interface ExistingVerge {
  currentStatus: VergeStatus;
  noteForResidents: string | null;
  cutsPerSeason: number;
  cuts: VergeCut[];
}

export interface FeatureContext {
  file: string;
  crs: Crs;
  properties: PropertyMap;
  /** Cuts from the schedule CSV for this feature's reference, if it lists any. */
  scheduled(reference: string): VergeCut[] | undefined;
  existing(reference: string): ExistingVerge | undefined;
}

export function checkFeature(
  feature: RawFeature,
  context: FeatureContext,
): { verge?: Verge; problems: ImportProblem[] } {
  const get = (field: VergeField) => {
    const property = context.properties[field];
    return property === undefined ? undefined : feature.properties[property];
  };
  const reference = values.text(get('reference'));
  const problems: ImportProblem[] = [];
  const problem = (field: string | undefined, message: string) =>
    problems.push({ file: context.file, feature: feature.index, reference, field, message });

  const reprojected = toWgs84(feature.geometry, context.crs);
  for (const [field, message] of reprojected.problems) problem(field, message);
  const geometry = vergeGeometrySchema.safeParse(reprojected.geometry);
  const isPolygon = geometry.success && geometry.data.type.endsWith('Polygon');
  const existing = reference ? context.existing(reference) : undefined;
  const scheduled = reference ? context.scheduled(reference) : undefined;
  const category = values.category(get('category'));

  const candidate = {
    reference,
    streetName: values.placeName(get('streetName')),
    usrn: values.number(get('usrn')) ?? null,
    locality: values.placeName(get('locality')),
    postcodes: values.postcodes(get('postcodes')) ?? [],
    geometry: reprojected.geometry,
    areaSquareMetres:
      values.number(get('areaSquareMetres')) ??
      (isPolygon ? Math.round(geometryAreaSquareMetres(geometry.data) * 100) / 100 : undefined),
    category,
    cutsPerSeason: values.number(get('cutsPerSeason')) ?? scheduled?.length ?? existing?.cutsPerSeason,
    cuts: scheduled ?? existing?.cuts ?? [],
    currentStatus: values.currentStatus(get('currentStatus')) ?? existing?.currentStatus ?? 'fine',
    noteForResidents: values.text(get('noteForResidents')) ?? existing?.noteForResidents ?? null,
  };
  const result = vergeSchema.safeParse(candidate);
  for (const { field, message } of result.success ? [] : describeIssues(result.error).map(splitIssue)) {
    // A geometry outside the grid is already reported in the file's own terms.
    if (reprojected.problems.length > 0 && field?.startsWith('geometry')) continue;
    // Without a valid polygon there is no area to work out; the geometry's problem says why.
    if (field === 'areaSquareMetres' && candidate.areaSquareMetres === undefined && !geometry.success) continue;
    problem(field, explain(field, message, candidate, feature.geometry, context.crs));
  }
  return result.success && problems.length === 0 ? { verge: result.data, problems } : { problems };
}

/** Messages that say what the file had, in the file's own terms. */
function explain(
  field: string | undefined,
  message: string,
  candidate: { category: unknown; areaSquareMetres: unknown; cutsPerSeason: unknown },
  original: unknown,
  crs: Crs,
): string {
  if (field === 'category' && typeof candidate.category === 'string') {
    return `"${candidate.category}" is not a category we know: use ${VERGE_CATEGORIES.join(', ')} (or words like "Urban amenity grass", "Rural verge", "Visibility splay")`;
  }
  if (field === 'areaSquareMetres' && candidate.areaSquareMetres === undefined) {
    return 'Give the area in square metres (a line has no area of its own): add an area property or --map areaSquareMetres=<property>';
  }
  if (field === 'cutsPerSeason' && candidate.cutsPerSeason === undefined) {
    return 'Give the number of cuts a season: add a property for it, or the verge’s cuts in the schedule';
  }
  const position = crs === BNG && field?.startsWith('geometry.coordinates') ? originalPosition(original, field) : null;
  if (position && message.includes('outside Great Britain')) {
    const more = /\(and \d+ more\)/.exec(message)?.[0];
    return `Easting/northing [${position.join(', ')}] is outside Great Britain${more ? ` ${more}` : ''}`;
  }
  return message;
}
