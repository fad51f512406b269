import type { Core } from '@strapi/strapi';

export const EMAILS = 'api::email-message.email-message';

export type EmailKind = 'team-notification' | 'resident-confirmation';

/**
 * Writes the emails a submission owes, in the caller's transaction (the transactional
 * outbox): if the submission is kept, so are they, and the sender delivers them after,
 * retrying until they go. Nothing is ever sent for a submission that was not stored.
 */
export async function enqueueEmails(
  strapi: Core.Strapi,
  submissionDocumentId: string,
  emails: ReadonlyArray<{ kind: EmailKind; to: string }>,
): Promise<void> {
  for (const email of emails) {
    await strapi.documents(EMAILS).create({
      data: {
        kind: email.kind,
        to: email.to,
        status: 'pending',
        attempts: 0,
        submission: submissionDocumentId,
      } as never,
    });
  }
}
