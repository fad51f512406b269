import type { Core } from '@strapi/strapi';
import type { JobDefinition } from './job';

export const FAILURES = 'api::job-failure.job-failure';

/**
 * A job out of attempts (the dead-letter state), written where staff see it: the
 * admin's "Failed job" list, with what it was about, when and why. Once per job,
 * however often the dead-letter handler runs for it.
 */
export async function recordFailure(
  strapi: Core.Strapi,
  definition: JobDefinition,
  failed: { data: unknown; attempts: number; lastError: string; jobKey: string },
): Promise<void> {
  const parsed = definition.data.safeParse(failed.data);
  const subject = parsed.success ? definition.describe(parsed.data) : `${definition.queue} (data not readable)`;
  await strapi.db.transaction(async () => {
    if (await strapi.db.query(FAILURES).findOne({ where: { jobKey: failed.jobKey } })) return;
    await strapi.documents(FAILURES).create({
      data: {
        queue: definition.queue,
        subject: subject.slice(0, 255),
        failedAt: new Date().toISOString(),
        attempts: failed.attempts,
        lastError: failed.lastError,
        jobKey: failed.jobKey,
      } as never,
    });
    if (parsed.success) await definition.failed?.(strapi, parsed.data, failed.lastError);
  });
  strapi.log.error(
    `Jobs: ${definition.queue} "${subject}" failed ${failed.attempts} times (${failed.lastError}); ` +
      'staff can see it in the admin panel, under Failed job.',
  );
}
