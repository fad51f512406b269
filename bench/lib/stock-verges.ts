import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Verge } from '@doorstep/domain';
import { bootCms } from '../../scripts/lib/cms/boot';
import { testSecrets } from '../../scripts/lib/cms/secrets';
import { RUNS_DIR } from './harness';
import { writeStockApp } from './stock-app';

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
  const strapi = await bootCms({ app: { dir, distDir: dir }, logLevel: 'error' });
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
