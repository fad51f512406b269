import type { Core } from '@strapi/strapi';
import type { CaseUpdate } from '@doorstep/domain';
import { sendJob } from '../../jobs';
import { EMAILS, emailJob } from './job';

/**
 * An email a submission owes: a status update carries what the caseworker saved then,
 * so a later change cannot rewrite an email still waiting to go.
 */
export type OutgoingEmail =
  | { kind: 'team-notification' | 'resident-confirmation'; to: string }
  | { kind: 'status-update'; to: string; update: CaseUpdate };
export type EmailKind = OutgoingEmail['kind'];

/**
 * Writes the emails a submission owes and queues their jobs, in the caller's
 * transaction: if the submission (or its update) is kept, so are they, and the email
 * job delivers them after, retrying until they go. Nothing is ever sent for a change
 * that was not stored, and no crash between the commit and the queue can lose one.
 */
export async function enqueueEmails(
  strapi: Core.Strapi,
  submission: { documentId: string; reference: string },
  emails: ReadonlyArray<OutgoingEmail>,
): Promise<void> {
  for (const email of emails) {
    const row = (await strapi.documents(EMAILS).create({
      data: {
        kind: email.kind,
        to: email.to,
        ...(email.kind === 'status-update' ? email.update : {}),
        status: 'pending',
        attempts: 0,
        submission: submission.documentId,
      } as never,
    })) as unknown as { id: number };
    await sendJob(emailJob, { emailId: row.id, kind: email.kind, reference: submission.reference });
  }
}
