import { siteStatus, type SiteStatus } from './state';

/** How long the admin waits on the live site server before saying it cannot tell. */
const TIMEOUT_MS = 3000;

/**
 * The live site server's status address, beside the rebuild webhook it is sent
 * (REBUILD_WEBHOOK_URL, `npm start` sets it): null when the CMS rebuilds no live site.
 */
export function siteStatusUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const webhook = env.REBUILD_WEBHOOK_URL?.trim();
  if (!webhook || !env.REBUILD_SECRET) return null;
  try {
    return new URL('/__doorstep/status', webhook).href;
  } catch {
    return null;
  }
}

/** The live site server's status, read with the rebuild secret; a reason when it cannot be read. */
export async function readSiteStatus(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ok: true; status: SiteStatus } | { ok: false; reason: string }> {
  const url = siteStatusUrl(env);
  if (!url) return { ok: false, reason: 'This CMS is not connected to a live site (REBUILD_WEBHOOK_URL is not set).' };
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${env.REBUILD_SECRET}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, reason: `The live site answered ${response.status}.` };
    const parsed = siteStatus.safeParse(await response.json());
    return parsed.success
      ? { ok: true, status: parsed.data }
      : { ok: false, reason: 'The live site’s answer was not understood.' };
  } catch {
    return { ok: false, reason: 'The live site did not answer.' };
  }
}
