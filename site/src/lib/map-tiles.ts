import { describeIssues } from '@doorstep/domain';
import { z } from 'zod';

/**
 * The map's background tiles, set when the site is built: PUBLIC_MAP_TILES_URL
 * (a Leaflet URL template like https://tiles.example.org/{z}/{x}/{y}.png) and
 * PUBLIC_MAP_TILES_ATTRIBUTION (the credit the tile provider's licence asks for).
 * Without them the map has a plain background and still shows every verge and
 * street name: tests run that way, and so can a council without a tile service.
 */
export interface MapTiles {
  url: string;
  attribution: string;
}

const tilesSchema = z
  .object({
    PUBLIC_MAP_TILES_URL: z
      .url({ protocol: /^https?$/, error: 'PUBLIC_MAP_TILES_URL must be an http(s) address' })
      .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
        message: 'PUBLIC_MAP_TILES_URL must contain {z}, {x} and {y}, like https://tiles.example.org/{z}/{x}/{y}.png',
      })
      .optional(),
    PUBLIC_MAP_TILES_ATTRIBUTION: z.string().trim().optional(),
  })
  .refine((env) => !env.PUBLIC_MAP_TILES_URL || env.PUBLIC_MAP_TILES_ATTRIBUTION, {
    message: 'Set PUBLIC_MAP_TILES_ATTRIBUTION too: tile providers ask for their credit on the map',
    path: ['PUBLIC_MAP_TILES_ATTRIBUTION'],
  });

export function mapTilesFromEnv(env: Record<string, unknown>): MapTiles | null {
  const blank = (value: unknown) => (value === '' ? undefined : value);
  const result = tilesSchema.safeParse({
    PUBLIC_MAP_TILES_URL: blank(env.PUBLIC_MAP_TILES_URL),
    PUBLIC_MAP_TILES_ATTRIBUTION: blank(env.PUBLIC_MAP_TILES_ATTRIBUTION),
  });
  if (!result.success)
    throw new Error(`The map's tile settings are wrong:\n- ${describeIssues(result.error).join('\n- ')}`);
  const { PUBLIC_MAP_TILES_URL: url, PUBLIC_MAP_TILES_ATTRIBUTION: attribution } = result.data;
  return url && attribution ? { url, attribution } : null;
}
