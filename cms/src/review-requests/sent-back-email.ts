import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { adminEditUrl } from '../admin-routes';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { councilName } from '../forms/html-page';
import { defineJob, sendJob } from '../jobs';
import { sentBackEmail } from './request-email';
import { askerEmail, findRequest, type ReviewRequest } from './requests';
import { REQUESTS_TABLE } from './store';
import { draftTitles } from './waiting';
import { sendStaffEmail } from '../staff-email';

const data = z.object({
  type: z.enum(EDITORIAL_TYPE_NAMES as [string, ...string[]]),
  documentId: z.string().min(1),
  sentBackAt: z.string(),
});

/**
 * Emails the Author that their draft was sent back, as it was sent back: once (the
 * row records it), and not at all if they have asked again since.
 */
async function tellAuthor(strapi: Core.Strapi, job: z.infer<typeof data>): Promise<void> {
  const type = EDITORIAL_TYPE_NAMES.find((known) => known === job.type);
  if (!type) return;
  const request = await findRequest(strapi, type, job.documentId);
  if (request?.state !== 'sent-back' || request.sentBack?.at !== job.sentBackAt) return;
  const to = await askerEmail(strapi, type, job.documentId);
  if (!to || (await authorTold(strapi, type, job.documentId, job.sentBackAt))) return;
  const { uid, label } = EDITORIAL_TYPES[type];
  const title = (await draftTitles(strapi, type, [job.documentId])).get(job.documentId) || 'Untitled';
  const message = sentBackEmail(await councilName(strapi), {
    title,
    typeLabel: label,
    sentBackBy: request.sentBack.by,
    note: request.sentBack.note,
    editUrl: adminEditUrl(strapi, uid, job.documentId),
  });
  await sendStaffEmail(strapi, { to, ...message, id: `sent-back-${job.documentId}-${Date.parse(job.sentBackAt)}` });
  await strapi.db
    .connection(REQUESTS_TABLE)
    .where(rowOf(type, job.documentId, job.sentBackAt))
    .update({ told_author_at: Date.now() });
}

const rowOf = (type: EditorialType, documentId: string, sentBackAt: string) => ({
  content_type: EDITORIAL_TYPES[type].uid,
  document_id: documentId,
  sent_back_at: Date.parse(sentBackAt),
});

async function authorTold(strapi: Core.Strapi, type: EditorialType, documentId: string, sentBackAt: string) {
  const found: unknown = await strapi.db
    .connection(REQUESTS_TABLE)
    .where(rowOf(type, documentId, sentBackAt))
    .whereNotNull('told_author_at')
    .first('id');
  return Boolean(found);
}

/** The email to the Author whose draft was sent back: retried like the other emails; waits without SMTP_HOST. */
export const sentBackEmailJob = defineJob({
  queue: 'review-sent-back-email',
  data,
  policy: { attempts: 10, firstDelayMs: 30_000, longestRunS: 60 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ type, documentId }) => `Sent-back email for ${type} ${documentId}`,
  run: (strapi, job) => tellAuthor(strapi, job),
});

/** Queues the Author's email about a draft just sent back, in its transaction. */
export async function tellAuthorLater(type: EditorialType, documentId: string, request: ReviewRequest): Promise<void> {
  if (!request.sentBack) return;
  const sentBackAt = request.sentBack.at;
  await sendJob(
    sentBackEmailJob,
    { type, documentId, sentBackAt },
    { key: `review-sent-back-${documentId}-${Date.parse(sentBackAt)}` },
  );
}
