import { createTemplateDatabase } from './database';
import { SEEDED_TEMPLATE_ENV, startCms } from './throwaway';

/**
 * Seeds the demo council once per test run into a database of its own, which every
 * suite that asks for a seeded CMS then copies instead of seeding again (seeding
 * takes about twice as long as booting). The suites still boot the real CMS, with
 * its bootstrap, on their copy. A global setup of the test runs (vitest.config.ts).
 */
export default async function seedTemplate(): Promise<() => Promise<void>> {
  if (process.env[SEEDED_TEMPLATE_ENV]) return async () => {};
  const { database, template } = await createTemplateDatabase();
  const cms = await startCms({ seed: true, database: { ...database, drop: () => Promise.resolve() } });
  await cms.stop();
  process.env[SEEDED_TEMPLATE_ENV] = JSON.stringify(template);
  return async () => {
    delete process.env[SEEDED_TEMPLATE_ENV];
    await database.drop();
  };
}
