import { z } from 'zod';

/**
 * Publish to live (issue 17, item 7): whether a published change is on the live site
 * yet, from the live site server's status (site/server/http.ts, STATUS_PATH, read with
 * the rebuild secret). A build reads the CMS after it starts, so a build that started
 * after the publish has it. The CMS's and the site server's clocks are taken to agree
 * (one host, or NTP).
 */
export const siteStatus = z.object({
  building: z.boolean(),
  pending: z.boolean(),
  lastBuild: z.object({ startedAt: z.iso.datetime(), finishedAt: z.iso.datetime() }).nullable(),
  lastError: z.object({ at: z.iso.datetime(), message: z.string().optional() }).nullable(),
});
export type SiteStatus = z.infer<typeof siteStatus>;

export type LiveState =
  /** Nothing of this document is published. */
  | { state: 'not-published' }
  /** On the live site since the build that has it finished. */
  | { state: 'live'; publishedAt: string; since: string }
  /** Published; the site is building, or has been asked to. */
  | { state: 'publishing'; publishedAt: string; building: boolean }
  /** Published, and no build has started since: the site has not heard of it (yet). */
  | { state: 'waiting'; publishedAt: string }
  /** The site's build after the publish failed: the site still shows the older version. */
  | { state: 'failed'; publishedAt: string; at: string; message: string | null }
  /** The CMS cannot tell: no live site is configured, or it did not answer. */
  | { state: 'unknown'; publishedAt: string | null; reason: string };

/** Longest a failed build's message may be, as staff read it. */
const MESSAGE_MAX = 300;

/** Where `publishedAt` (the published version's time, or null) stands on the live site, by its status. */
export function liveState(publishedAt: string | null, status: SiteStatus): LiveState {
  if (!publishedAt) return { state: 'not-published' };
  const published = Date.parse(publishedAt);
  const { lastBuild, lastError } = status;
  if (lastBuild && Date.parse(lastBuild.startedAt) >= published) {
    return { state: 'live', publishedAt, since: lastBuild.finishedAt };
  }
  if (status.building || status.pending) return { state: 'publishing', publishedAt, building: status.building };
  if (lastError && Date.parse(lastError.at) >= published) {
    return {
      state: 'failed',
      publishedAt,
      at: lastError.at,
      message: lastError.message?.slice(0, MESSAGE_MAX) ?? null,
    };
  }
  return { state: 'waiting', publishedAt };
}
