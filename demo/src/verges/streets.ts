import type { Position } from '@doorstep/domain';
import { wgs84ToBng } from '@doorstep/domain/projection';
import { LOCALITIES, POSTCODE_UNIT_LETTERS, STREET_FIRST_PARTS, STREET_SUFFIXES, type Locality } from './places.js';
import type { Random } from './random.js';

/**
 * An invented street network: streets in clusters of STREETS_PER_CLUSTER around each
 * locality, as British National Grid polylines (metres), so verges can be laid out
 * along them in metres and the big benchmark file is written in the grid councils use.
 */
export interface Street {
  name: string;
  locality: Locality;
  usrn: number;
  postcodes: string[];
  /** Easting/northing polyline. */
  points: Position[];
  /** Metres from the locality's centre: near the centre is town, further out is country. */
  distanceFromCentre: number;
}

const STREETS_PER_CLUSTER = 60;
const CLUSTER_SPACING = 2500;

/** The nth square around the centre, spiralling out: 0 is the centre itself. */
function spiral(index: number): [number, number] {
  if (index === 0) return [0, 0];
  const ring = Math.ceil((Math.sqrt(index + 1) - 1) / 2);
  const side = 2 * ring;
  const start = (2 * ring - 1) ** 2;
  const step = index - start;
  const leg = Math.floor(step / side);
  const along = (step % side) - ring + 1;
  const legs: Array<[number, number]> = [
    [ring, along],
    [-along, ring],
    [-ring, -along],
    [along, -ring],
  ];
  return legs[leg] ?? [ring, ring];
}

function streetNames(random: Random): string[] {
  const names = STREET_FIRST_PARTS.flatMap((first) => STREET_SUFFIXES.map((suffix) => `${first} ${suffix}`));
  for (let index = names.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [names[index], names[other]] = [names[other]!, names[index]!];
  }
  return names;
}

function postcodesFor(locality: Locality, random: Random): string[] {
  const sector = random.int(0, 9);
  const unit = () => `${random.pick([...POSTCODE_UNIT_LETTERS])}${random.pick([...POSTCODE_UNIT_LETTERS])}`;
  const count = random.int(1, 3);
  return [...new Set(Array.from({ length: count }, () => `${locality.district} ${sector}${unit()}`))].sort();
}

function polyline(start: Position, random: Random): Position[] {
  let angle = random.between(0, Math.PI * 2);
  const points: Position[] = [start];
  const legs = random.int(2, 5);
  for (let leg = 0; leg < legs; leg += 1) {
    angle += random.between(-0.35, 0.35);
    const length = random.between(70, 160);
    const [x, y] = points.at(-1)!;
    points.push([
      Math.round((x + Math.cos(angle) * length) * 10) / 10,
      Math.round((y + Math.sin(angle) * length) * 10) / 10,
    ]);
  }
  return points;
}

/** Streets without end, round the localities in turn; the caller stops when it has enough. */
export function* streets(random: Random): Generator<Street> {
  const names = new Map(LOCALITIES.map((locality) => [locality.name, streetNames(random)]));
  for (let index = 0; ; index += 1) {
    const locality = LOCALITIES[index % LOCALITIES.length]!;
    const inLocality = Math.floor(index / LOCALITIES.length);
    const [cx, cy] = spiral(Math.floor(inLocality / STREETS_PER_CLUSTER));
    const [ex, ny] = wgs84ToBng(locality.centre);
    const start: Position = [
      ex + cx * CLUSTER_SPACING + random.between(-900, 900),
      ny + cy * CLUSTER_SPACING + random.between(-900, 900),
    ];
    const localityNames = names.get(locality.name)!;
    yield {
      name: localityNames[inLocality % localityNames.length]!,
      locality,
      usrn: 48_000_001 + index,
      postcodes: postcodesFor(locality, random),
      points: polyline(start, random),
      distanceFromCentre: Math.hypot(start[0] - ex, start[1] - ny),
    };
  }
}
