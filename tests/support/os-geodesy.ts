/**
 * Ordnance Survey's own formulas, written out independently of proj4 so the tests can
 * check proj4 against them: "A guide to coordinate systems in Great Britain" (OS,
 * docs.os.uk), annex C (Transverse Mercator, grid to latitude and longitude), the
 * Cartesian conversions, and the 7-parameter Helmert transformation with OS's
 * published ETRS89 (WGS84) to OSGB36 parameters.
 */
interface Ellipsoid {
  a: number;
  b: number;
}
export const AIRY_1830: Ellipsoid = { a: 6377563.396, b: 6356256.909 };
export const GRS80: Ellipsoid = { a: 6378137, b: 6356752.3141 };

const RADIANS = Math.PI / 180;
const ARC_SECONDS = RADIANS / 3600;
const GRID = { F0: 0.9996012717, phi0: 49 * RADIANS, lambda0: -2 * RADIANS, E0: 400000, N0: -100000 };

/** ETRS89 (≈ WGS84) to OSGB36, as published: tX, tY, tZ (m), s (ppm), rX, rY, rZ (arc seconds). */
export const OS_HELMERT = { tx: -446.448, ty: 125.157, tz: -542.06, s: 20.4894, rx: -0.1502, ry: -0.247, rz: -0.8421 };

function meridionalArc(phi: number, { a, b }: Ellipsoid): number {
  const n = (a - b) / (a + b);
  const [d, s] = [phi - GRID.phi0, phi + GRID.phi0];
  return (
    b *
    GRID.F0 *
    ((1 + n + (5 / 4) * n ** 2 + (5 / 4) * n ** 3) * d -
      (3 * n + 3 * n ** 2 + (21 / 8) * n ** 3) * Math.sin(d) * Math.cos(s) +
      ((15 / 8) * n ** 2 + (15 / 8) * n ** 3) * Math.sin(2 * d) * Math.cos(2 * s) -
      (35 / 24) * n ** 3 * Math.sin(3 * d) * Math.cos(3 * s))
  );
}

/** Annex C.2: National Grid easting and northing to OSGB36 latitude and longitude, in degrees. */
export function gridToOsgb36(easting: number, northing: number): { latitude: number; longitude: number } {
  const { a, b } = AIRY_1830;
  const e2 = (a * a - b * b) / (a * a);
  let phi = (northing - GRID.N0) / (a * GRID.F0) + GRID.phi0;
  while (Math.abs(northing - GRID.N0 - meridionalArc(phi, AIRY_1830)) >= 0.00001) {
    phi += (northing - GRID.N0 - meridionalArc(phi, AIRY_1830)) / (a * GRID.F0);
  }
  const sin2 = Math.sin(phi) ** 2;
  const nu = (a * GRID.F0) / Math.sqrt(1 - e2 * sin2);
  const rho = (a * GRID.F0 * (1 - e2)) / (1 - e2 * sin2) ** 1.5;
  const eta2 = nu / rho - 1;
  const [t, sec] = [Math.tan(phi), 1 / Math.cos(phi)];
  const VII = t / (2 * rho * nu);
  const VIII = (t / (24 * rho * nu ** 3)) * (5 + 3 * t ** 2 + eta2 - 9 * t ** 2 * eta2);
  const IX = (t / (720 * rho * nu ** 5)) * (61 + 90 * t ** 2 + 45 * t ** 4);
  const X = sec / nu;
  const XI = (sec / (6 * nu ** 3)) * (nu / rho + 2 * t ** 2);
  const XII = (sec / (120 * nu ** 5)) * (5 + 28 * t ** 2 + 24 * t ** 4);
  const XIIA = (sec / (5040 * nu ** 7)) * (61 + 662 * t ** 2 + 1320 * t ** 4 + 720 * t ** 6);
  const dE = easting - GRID.E0;
  return {
    latitude: (phi - VII * dE ** 2 + VIII * dE ** 4 - IX * dE ** 6) / RADIANS,
    longitude: (GRID.lambda0 + X * dE - XI * dE ** 3 + XII * dE ** 5 - XIIA * dE ** 7) / RADIANS,
  };
}

export type Xyz = [number, number, number];

export function toCartesian(latitude: number, longitude: number, height: number, { a, b }: Ellipsoid): Xyz {
  const e2 = (a * a - b * b) / (a * a);
  const [phi, lambda] = [latitude * RADIANS, longitude * RADIANS];
  const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  return [
    (nu + height) * Math.cos(phi) * Math.cos(lambda),
    (nu + height) * Math.cos(phi) * Math.sin(lambda),
    ((1 - e2) * nu + height) * Math.sin(phi),
  ];
}

export function fromCartesian([x, y, z]: Xyz, { a, b }: Ellipsoid): { latitude: number; longitude: number } {
  const e2 = (a * a - b * b) / (a * a);
  const p = Math.hypot(x, y);
  let phi = Math.atan2(z, p * (1 - e2));
  for (let step = 0; step < 10; step += 1) {
    const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
    phi = Math.atan2(z + e2 * nu * Math.sin(phi), p);
  }
  return { latitude: phi / RADIANS, longitude: Math.atan2(y, x) / RADIANS };
}

/** The Helmert transformation; `inverse` negates every parameter, as OS advises for the way back. */
export function helmert([x, y, z]: Xyz, parameters = OS_HELMERT, inverse = false): Xyz {
  const sign = inverse ? -1 : 1;
  const [tx, ty, tz] = [parameters.tx, parameters.ty, parameters.tz].map((value) => sign * value) as Xyz;
  const scale = 1 + (sign * parameters.s) / 1e6;
  const [rx, ry, rz] = [parameters.rx, parameters.ry, parameters.rz].map((value) => sign * value * ARC_SECONDS) as Xyz;
  return [tx + scale * x - rz * y + ry * z, ty + rz * x + scale * y - rx * z, tz - ry * x + rx * y + scale * z];
}

/** A National Grid position to WGS84 the way OS documents it: annex C, then the Helmert shift back. */
export function gridToWgs84ByOsFormulas(easting: number, northing: number): { latitude: number; longitude: number } {
  const osgb36 = gridToOsgb36(easting, northing);
  return fromCartesian(helmert(toCartesian(osgb36.latitude, osgb36.longitude, 0, AIRY_1830), OS_HELMERT, true), GRS80);
}
