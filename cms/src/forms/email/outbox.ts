import type { Core } from '@strapi/strapi';
import { sendJob } from '../../jobs';
import { EMAILS, emailJob } from './job';

export type EmailKind = 'team-notification' | 'resident-confirmation';

/**
 * Writes the emails a submission owes and queues their jobs, in the caller's
 * transaction: if the submission is kept, so are they, and the email job delivers
 * them after, retrying until they go. Nothing is ever sent for a submission that was
 * not stored, and no crash between the commit and the queue can lose one.
 */
export async function enqueueEmails(
  strapi: Core.Strapi,
  submission: { documentId: string; reference: string },
  emails: ReadonlyArray<{ kind: EmailKind; to: string }>,
): Promise<void> {
  for (const email of emails) {
    const row = (await strapi.documents(EMAILS).create({
      data: {
        kind: email.kind,
        to: email.to,
        status: 'pending',
        attempts: 0,
        submission: submission.documentId,
      } as never,
    })) as unknown as { id: number };
    await sendJob(emailJob, { emailId: row.id, kind: email.kind, reference: submission.reference });
  }
}
