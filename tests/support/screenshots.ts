import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

/**
 * The README's pictures of the admin, taken by the e2e tests at the moment they show
 * it (a schedule set, two revisions compared), only when asked:
 * `DOORSTEP_SCREENSHOTS=true npx vitest run --project e2e tests/e2e/<file>` writes
 * docs/screenshots/<file>. An ordinary run writes nothing.
 */
export async function keepScreenshot(target: Page | Locator, file: string): Promise<void> {
  if (process.env.DOORSTEP_SCREENSHOTS !== 'true') return;
  await target.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots', file) });
}
