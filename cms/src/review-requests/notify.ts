import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { adminEditUrl } from '../admin-routes';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, type EditorialType } from '../editorial-types';
import { councilName } from '../forms/html-page';
import { defineJob, sendJob } from '../jobs';
import { requestEmail } from './request-email';
import { findRequest, type ReviewRequest } from './requests';
import { draftTitles } from './waiting';
import { REQUESTS_TABLE } from './store';
import { sendStaffEmail } from '../staff-email';

/** The Editors' team address, told when an Author asks for a review; unset, nobody is emailed. */
export const editorsEmail = (): string | undefined => process.env.EDITORS_EMAIL?.trim() || undefined;

const data = z.object({
  type: z.enum(EDITORIAL_TYPE_NAMES as [string, ...string[]]),
  documentId: z.string().min(1),
  askedAt: z.string(),
});

/** Records that the Editors' team was told of the request asked at `askedAt`; false if it already was. */
export async function markEditorsTold(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  askedAt: string,
): Promise<boolean> {
  const count = await strapi.db
    .connection(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, asked_at: Date.parse(askedAt) })
    .whereNull('told_editors_at')
    .update({ told_editors_at: Date.now() });
  return count > 0;
}

/** Whether the Editors' team was told of the request asked at `askedAt`. */
export async function editorsTold(
  strapi: Core.Strapi,
  type: EditorialType,
  documentId: string,
  askedAt: string,
): Promise<boolean> {
  const found: unknown = await strapi.db
    .connection(REQUESTS_TABLE)
    .where({ content_type: EDITORIAL_TYPES[type].uid, document_id: documentId, asked_at: Date.parse(askedAt) })
    .whereNotNull('told_editors_at')
    .first('id');
  return Boolean(found);
}

/**
 * Emails the Editors' team about one request, as it was asked: a request asked again,
 * sent back or published since has nothing to tell (the newer request has its own job).
 */
async function tellEditors(strapi: Core.Strapi, job: z.infer<typeof data>): Promise<void> {
  const to = editorsEmail();
  const type = EDITORIAL_TYPE_NAMES.find((known) => known === job.type);
  if (!to || !type) return;
  const request = await findRequest(strapi, type, job.documentId);
  if (request?.state !== 'waiting' || request.askedAt !== job.askedAt) return;
  if (await editorsTold(strapi, type, job.documentId, job.askedAt)) return;
  const { uid, label } = EDITORIAL_TYPES[type];
  const title = (await draftTitles(strapi, type, [job.documentId])).get(job.documentId) || 'Untitled';
  const message = requestEmail(await councilName(strapi), {
    title,
    typeLabel: label,
    askedBy: request.askedBy,
    note: request.note,
    editUrl: adminEditUrl(strapi, uid, job.documentId),
  });
  await sendStaffEmail(strapi, { to, ...message, id: `review-request-${job.documentId}-${Date.parse(job.askedAt)}` });
  await markEditorsTold(strapi, type, job.documentId, job.askedAt);
}

/** The email to the Editors' team: retried like the other emails; waits without SMTP_HOST. */
export const reviewRequestEmailJob = defineJob({
  queue: 'review-request-email',
  data,
  policy: { attempts: 10, firstDelayMs: 30_000, longestRunS: 60 },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ type, documentId }) => `Review request email for ${type} ${documentId}`,
  run: (strapi, job) => tellEditors(strapi, job),
});

/** Queues the Editors' email about a request just asked, in its transaction; nothing when no address is set. */
export async function tellEditorsLater(type: EditorialType, documentId: string, request: ReviewRequest): Promise<void> {
  if (!editorsEmail()) return;
  await sendJob(
    reviewRequestEmailJob,
    { type, documentId, askedAt: request.askedAt },
    { key: `review-request-${documentId}-${Date.parse(request.askedAt)}` },
  );
}
