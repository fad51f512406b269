import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { z } from 'zod';
import { caseStatusSchema, caseStatuses, MESSAGE_TO_RESIDENT_MAX_LENGTH } from '@doorstep/domain';
import { requestFollowers } from '../alerts/requests';
import { enqueueEmails } from './email/outbox';

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
  'accountId',
  'emails',
  'timeline',
];

/** `note` is the service team's own; `message` is what the resident was told. */
const timelineEntry = z.object({
  at: z.string(),
  status: z.string(),
  by: z.string(),
  note: z.string().nullish(),
  message: z.string().nullish(),
});
const current = z
  .object({
    reference: z.string(),
    caseStatus: caseStatusSchema,
    timeline: z.array(timelineEntry),
    residentEmail: z.string().nullish(),
    accountId: z.string().nullish(),
  })
  .nullable();
const adminUser = z.object({ firstname: z.string().nullish(), lastname: z.string().nullish(), email: z.string() });

function whoIsAsking(strapi: Core.Strapi): string {
  const user = adminUser.safeParse(strapi.requestContext.get()?.state?.user);
  if (!user.success) return 'system';
  const name = [user.data.firstname, user.data.lastname].filter(Boolean).join(' ');
  return name || user.data.email;
}

/** The fields' labels in the admin panel (admin-layouts.ts), for the errors that name them. */
const LABELS = { caseNote: 'Note for the timeline', messageToResident: 'Message to the resident' } as const;

/** Strapi's own shape for a field's error: the admin panel shows it under the field. */
const refuse = (field: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });

/**
 * The note or message as typed, or null when blank. Checked here because the field is
 * emptied before Strapi's own validation sees it.
 */
function textOf(data: Record<string, unknown>, field: keyof typeof LABELS): string | null {
  const value = data[field];
  if (typeof value !== 'string' || !value.trim()) return null;
  if (value.length > MESSAGE_TO_RESIDENT_MAX_LENGTH) {
    throw refuse(field, `${LABELS[field]} must be ${MESSAGE_TO_RESIDENT_MAX_LENGTH} characters or fewer`);
  }
  return value.trim();
}

function statusOf(data: Record<string, unknown>, existing: z.infer<typeof caseStatusSchema>) {
  if (data.caseStatus === undefined || data.caseStatus === null) return existing;
  const status = caseStatusSchema.safeParse(data.caseStatus);
  if (!status.success) throw refuse('caseStatus', `Case status must be one of ${caseStatuses.join(', ')}`);
  return status.data;
}

/** Who hears of an update: the account holder's address, or the guest's once confirmed. */
async function updateRecipients(trx: Knex.Transaction, submission: NonNullable<z.infer<typeof current>>) {
  if (!submission.residentEmail) return [];
  if (submission.accountId) return [submission.residentEmail];
  const followers = await requestFollowers(trx, submission.reference);
  return followers.some((email) => email.toLowerCase() === submission.residentEmail!.toLowerCase())
    ? [submission.residentEmail]
    : [];
}

/**
 * Changing a submission's case status, writing a case note or a message to the
 * resident adds an entry to its timeline (when, what, who, the note, the message); the
 * two fields are then emptied for the next one. The message, and any status change,
 * goes to the resident by email (issue 15): to an account holder's address at once, to
 * a guest's only once they asked for it and confirmed (issue 16, alerts/requests.ts),
 * so a mistyped address never receives a caseworker's message. Queued in the update's
 * own transaction: kept together, or not at all. A note alone tells nobody.
 * "Waiting for the resident" with no message is refused: they must be told what is needed.
 * Whatever else an update carries is dropped: answers, the copy of the questions
 * and the timeline itself cannot be rewritten, in the admin panel or anywhere else.
 */
export function submissionTimeline(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID || context.action !== 'update') return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (!params.documentId || !params.data) return next();
    const { documentId, data } = params;
    for (const field of IMMUTABLE) delete data[field];

    return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
      const existing = current.parse(
        await strapi.documents(UID).findOne({
          documentId,
          fields: ['reference', 'caseStatus', 'timeline', 'residentEmail', 'accountId'],
        }),
      );
      const note = textOf(data, 'caseNote');
      const message = textOf(data, 'messageToResident');
      data.caseNote = null;
      data.messageToResident = null;
      if (!existing) return next();

      const status = statusOf(data, existing.caseStatus);
      const moved = status !== existing.caseStatus;
      if (moved && status === 'waiting-for-resident' && !message) {
        throw refuse(
          'messageToResident',
          'Enter a message to the resident saying what you need from them: "Waiting for the resident" tells them to act',
        );
      }
      if (!moved && !note && !message) return next();
      data.timeline = [
        ...existing.timeline,
        {
          at: new Date().toISOString(),
          status,
          by: whoIsAsking(strapi),
          ...(note ? { note } : {}),
          ...(message ? { message } : {}),
        },
      ];
      const result = await next();
      const to = moved || message ? await updateRecipients(trx, existing) : [];
      if (to.length > 0) {
        await enqueueEmails(
          strapi,
          { documentId, reference: existing.reference },
          to.map((address) => ({
            kind: 'status-update' as const,
            to: address,
            update: { caseStatus: status, messageToResident: message },
          })),
        );
      }
      return result;
    });
  };
}
