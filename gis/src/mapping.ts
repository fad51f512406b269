/**
 * Which property of a council's file holds which verge field. Councils name them
 * differently (ASSET_ID, STREET, Shape_Area...): each field has a list of usual names,
 * matched ignoring case and punctuation, and `--map field=PROPERTY` says it outright.
 */
export const VERGE_FIELDS = [
  'reference',
  'streetName',
  'usrn',
  'locality',
  'postcodes',
  'areaSquareMetres',
  'category',
  'cutsPerSeason',
  'currentStatus',
  'noteForResidents',
] as const;
export type VergeField = (typeof VERGE_FIELDS)[number];
export type PropertyMap = Partial<Record<VergeField, string>>;

/** The usual names, most specific first. Documented in the README ("Importing verges"). */
export const USUAL_NAMES: Record<VergeField, string[]> = {
  reference: ['reference', 'ref', 'asset_id', 'asset_ref', 'verge_id', 'id'],
  streetName: ['streetName', 'street', 'road_name', 'road', 'street_desc'],
  usrn: ['usrn'],
  locality: ['locality', 'town', 'village', 'parish', 'ward'],
  postcodes: ['postcodes', 'postcode', 'post_code'],
  areaSquareMetres: ['areaSquareMetres', 'area_m2', 'area_sqm', 'area', 'shape_area'],
  category: ['category', 'verge_type', 'grass_type', 'type', 'class'],
  cutsPerSeason: ['cutsPerSeason', 'cuts_per_season', 'cuts_yr', 'cuts_per_year', 'cut_frequency'],
  currentStatus: ['currentStatus', 'status'],
  noteForResidents: ['noteForResidents', 'note_for_residents', 'public_note', 'note', 'notes'],
};

/** The fields a file must have a property for; the rest can be left out or worked out. */
export const REQUIRED_FIELDS: VergeField[] = ['reference', 'streetName', 'locality', 'category'];

export const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Parses `reference=ASSET_ID,streetName=STREET`; throws a usage message for anything else. */
export function parsePropertyMap(text: string | undefined): PropertyMap {
  const map: PropertyMap = {};
  for (const pair of (text ?? '').split(',').filter((part) => part.trim())) {
    const [field, property] = pair.split('=').map((part) => part.trim());
    const known = VERGE_FIELDS.find((name) => key(name) === key(field ?? ''));
    if (!known || !property) {
      throw new Error(
        `--map takes field=PROPERTY pairs, like reference=ASSET_ID; the fields are ${VERGE_FIELDS.join(', ')}`,
      );
    }
    map[known] = property;
  }
  return map;
}

export interface ResolvedMapping {
  /** The file's own property name for each field it has. */
  properties: PropertyMap;
  problems: string[];
}

/** Matches fields to the property names the file actually uses. */
export function resolveMapping(propertyNames: Iterable<string>, given: PropertyMap): ResolvedMapping {
  const byKey = new Map<string, string>();
  for (const name of propertyNames) if (!byKey.has(key(name))) byKey.set(key(name), name);
  const properties: PropertyMap = {};
  const problems: string[] = [];
  for (const field of VERGE_FIELDS) {
    const wanted = given[field];
    const found = wanted
      ? byKey.get(key(wanted))
      : USUAL_NAMES[field].map((name) => byKey.get(key(name))).find(Boolean);
    if (found) properties[field] = found;
    else if (wanted) problems.push(`--map ${field}=${wanted}: no feature has a property called ${wanted}`);
    else if (REQUIRED_FIELDS.includes(field)) {
      problems.push(
        `No property gives the ${field} (looked for ${USUAL_NAMES[field].join(', ')}): name it with --map ${field}=<property>`,
      );
    }
  }
  return { properties, problems };
}
