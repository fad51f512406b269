import type { Core, Modules } from '@strapi/strapi';
import { z } from 'zod';

const UID = 'api::form-submission.form-submission';

/** A submission is a record of what the resident sent: only its status moves. */
const IMMUTABLE = [
  'reference',
  'formSlug',
  'formTitle',
  'formVersion',
  'definitionSnapshot',
  'answers',
  'submittedAt',
  'expectedReplyBy',
  'retainUntil',
  'idempotencyKey',
  'requestHash',
  'residentEmail',
  'emails',
  'timeline',
];

const timelineEntry = z.object({ at: z.string(), status: z.string(), by: z.string(), note: z.string().nullish() });
const current = z.object({ caseStatus: z.string(), timeline: z.array(timelineEntry) }).nullable();
const adminUser = z.object({ firstname: z.string().nullish(), lastname: z.string().nullish(), email: z.string() });

function whoIsAsking(strapi: Core.Strapi): string {
  const user = adminUser.safeParse(strapi.requestContext.get()?.state?.user);
  if (!user.success) return 'system';
  const name = [user.data.firstname, user.data.lastname].filter(Boolean).join(' ');
  return name || user.data.email;
}

/**
 * Changing a submission's case status, or writing a case note, adds an entry to its
 * timeline (when, what, who, the note); the note field is then emptied for the next
 * one. Whatever else an update carries is dropped: answers, the copy of the questions
 * and the timeline itself cannot be rewritten, in the admin panel or anywhere else.
 */
export function submissionTimeline(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID || context.action !== 'update') return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (!params.documentId || !params.data) return next();
    const data = params.data;
    for (const field of IMMUTABLE) delete data[field];

    const existing = current.parse(
      await strapi.documents(UID).findOne({ documentId: params.documentId, fields: ['caseStatus', 'timeline'] }),
    );
    const note = typeof data.caseNote === 'string' && data.caseNote.trim() ? data.caseNote.trim() : null;
    const status = typeof data.caseStatus === 'string' ? data.caseStatus : existing?.caseStatus;
    if (existing && status && (status !== existing.caseStatus || note)) {
      data.timeline = [
        ...existing.timeline,
        { at: new Date().toISOString(), status, by: whoIsAsking(strapi), ...(note ? { note } : {}) },
      ];
    }
    data.caseNote = null;
    return next();
  };
}
