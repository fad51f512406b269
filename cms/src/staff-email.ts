import type { Core } from '@strapi/strapi';
import { emailHtml } from '@doorstep/domain';

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string; messageId: string }): Promise<unknown>;
}

/** The domain of the CMS's Message-IDs: the sending address's, so replies thread by it. */
export const mailDomain = (): string => (process.env.SMTP_FROM ?? 'doorstep.example').split('@').pop() ?? '';

/**
 * Sends a plain email to staff (review reminders, review requests, sent-back drafts,
 * failed schedules): its text, the same as HTML, and a Message-ID made from `id`, one
 * per occurrence, so a resend after a crash is recognisably the same email.
 */
export async function sendStaffEmail(
  strapi: Core.Strapi,
  email: { to: string; subject: string; text: string; id: string },
): Promise<void> {
  await (strapi.plugin('email').service('email') as unknown as EmailService).send({
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: emailHtml(email.text),
    messageId: `<${email.id}@${mailDomain()}>`,
  });
}
