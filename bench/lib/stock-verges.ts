import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { createStrapi as CreateStrapi } from '@strapi/strapi';
import type { Verge } from '@doorstep/domain';
import { testSecrets } from '../../tests/support/secrets';
import { RUNS_DIR } from './harness';
import { writeStockApp } from './stock-app';

const require = createRequire(import.meta.url);

/**
 * The baseline: the same verges created one at a time, published, with stock Strapi
 * 5.54's Document Service (Doorstep's content model, none of its code), which is what
 * a plain script or the admin panel does per verge. Verges arrive already parsed and
 * in WGS84, so reading and checking the file is not counted against the baseline.
 */
export async function stockCreateSeconds(verges: readonly Verge[]): Promise<number> {
  const dir = writeStockApp(path.join(RUNS_DIR, 'stock-verges-app'));
  rmSync(path.join(dir, 'stock.db'), { force: true });
  Object.assign(process.env, testSecrets(), {
    NODE_ENV: 'production',
    DATABASE_FILENAME: path.join(dir, 'stock.db'),
    STRAPI_LOG_LEVEL: 'error',
    STRAPI_TELEMETRY_DISABLED: 'true',
  });
  const { createStrapi } = require('@strapi/strapi') as { createStrapi: typeof CreateStrapi };
  const strapi = createStrapi({ appDir: dir, distDir: dir, autoReload: false });
  strapi.log.level = 'error';
  await strapi.load();
  try {
    const started = performance.now();
    for (const { postcodes, ...verge } of verges) {
      await strapi.documents('api::verge.verge').create({
        data: { ...verge, postcodes: postcodes.join(', ') } as never,
        status: 'published',
      });
    }
    return (performance.now() - started) / 1000;
  } finally {
    await strapi.destroy();
  }
}
