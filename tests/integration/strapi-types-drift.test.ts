import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { createStrapi as CreateStrapi } from '@strapi/strapi';
import type * as TypeScriptUtils from '@strapi/typescript-utils';
import { expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/cms/paths';

const COMMITTED = path.join(CMS_DIR, 'types/generated');
const COMMAND = 'npm run strapi -w @doorstep/cms -- ts:generate-types';

// Strapi's ESM build fails on a directory import: load its CommonJS build. The generator
// is the copy Strapi's own `ts:generate-types` (and `strapi develop`) loads.
const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi') as { createStrapi: typeof CreateStrapi };
const { generators } = createRequire(require.resolve('@strapi/strapi/package.json'))(
  '@strapi/typescript-utils',
) as typeof TypeScriptUtils;

/**
 * What `strapi ts:generate-types` does, without its compile (the run's global setup
 * compiled the CMS) and without a database: the content types are known once Strapi
 * has registered, so nothing boots. The output goes to a temporary folder.
 */
async function generateTypes(): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'doorstep-strapi-types-'));
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false });
  strapi.log.level = 'warn';
  try {
    await strapi.register();
    await generators.generate({
      strapi,
      pwd: out,
      rootDir: '.',
      logger: { silent: true },
      artifacts: { contentTypes: true, components: true },
    });
  } finally {
    await strapi.destroy();
  }
  return path.join(out, 'generated');
}

it(`cms/types/generated matches the content types (run \`${COMMAND}\` and commit)`, async () => {
  const generated = await generateTypes();
  try {
    const files = readdirSync(generated).sort();
    expect(readdirSync(COMMITTED).sort(), `the generated files differ: run \`${COMMAND}\``).toEqual(files);
    for (const file of files) {
      expect(
        readFileSync(path.join(COMMITTED, file), 'utf8'),
        `cms/types/generated/${file} is stale: run \`${COMMAND}\` and commit it`,
      ).toBe(readFileSync(path.join(generated, file), 'utf8'));
    }
  } finally {
    rmSync(path.dirname(generated), { recursive: true, force: true });
  }
});
