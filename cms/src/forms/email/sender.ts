import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { councilName } from '../html-page';
import { EMAILS } from './outbox';
import { emailHtml, residentEmail, submissionForEmailSchema, teamEmail, type Email } from '@doorstep/domain';
import { attachmentsOf, type Attachment } from './attachments';

export interface SenderOptions {
  /** How often pending emails are looked for. */
  pollMs: number;
  /** The first retry waits this long; each later one waits twice as long, up to an hour. */
  retryBaseMs: number;
  /** After this many failed attempts the email is marked failed for staff to see. */
  maxAttempts: number;
}

const pendingEmail = z.object({
  id: z.number(),
  kind: z.enum(['team-notification', 'resident-confirmation']),
  to: z.string(),
  attempts: z.number().nullish(),
  submission: z.unknown(),
});
type PendingEmail = z.infer<typeof pendingEmail>;

interface EmailService {
  send(options: {
    to: string;
    subject: string;
    text: string;
    html: string;
    attachments: Attachment[];
  }): Promise<unknown>;
}

/**
 * Sends the emails submissions owe (outbox.ts) after they are stored and answered: the
 * service team's notification, with the resident's files, and the resident's
 * confirmation. A failed send is retried with back-off; a submission is never lost or
 * held up by email.
 */
export function startSender(strapi: Core.Strapi, options: SenderOptions): { kick(): void; stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  function sendDue(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = sendAll().finally(() => {
      running = null;
    });
    return running;
  }

  async function sendAll(): Promise<void> {
    try {
      do {
        again = false;
        const now = new Date().toISOString();
        const due = z.array(pendingEmail).parse(
          await strapi.db.query(EMAILS).findMany({
            where: { status: 'pending', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] },
            populate: { submission: true },
            limit: 20,
            orderBy: { id: 'asc' },
          }),
        );
        for (const email of due) if (!stopped) await sendOne(email);
      } while (again && !stopped);
    } catch (error) {
      strapi.log.error(`Emails: ${String(error)}`);
    }
  }

  async function render(email: PendingEmail): Promise<(Email & { attachments: Attachment[] }) | null> {
    if (!email.submission) return null;
    const submission = submissionForEmailSchema.parse(email.submission);
    switch (email.kind) {
      case 'team-notification':
        return { ...teamEmail(submission), attachments: await attachmentsOf(submission.answers) };
      case 'resident-confirmation':
        return { ...residentEmail(submission, await councilName(strapi)), attachments: [] };
    }
  }

  async function sendOne(email: PendingEmail): Promise<void> {
    const attempts = (email.attempts ?? 0) + 1;
    try {
      const message = await render(email);
      // Its submission was deleted (retention, erasure) before it went: nothing left to say.
      if (!message) return void (await strapi.db.query(EMAILS).delete({ where: { id: email.id } }));
      await (strapi.plugin('email').service('email') as unknown as EmailService).send({
        to: email.to,
        subject: message.subject,
        text: message.text,
        html: emailHtml(message.text),
        attachments: message.attachments,
      });
      await strapi.db.query(EMAILS).update({
        where: { id: email.id },
        data: { status: 'sent', attempts, sentAt: new Date().toISOString(), lastError: null },
      });
    } catch (error) {
      const failed = attempts >= options.maxAttempts;
      const wait = Math.min(options.retryBaseMs * 2 ** (attempts - 1), 60 * 60 * 1000);
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await strapi.db.query(EMAILS).update({
        where: { id: email.id },
        data: {
          status: failed ? 'failed' : 'pending',
          attempts,
          nextAttemptAt: new Date(Date.now() + wait).toISOString(),
          lastError: reason,
        },
      });
      strapi.log.warn(
        `Emails: ${email.kind} ${email.id} failed (attempt ${attempts}): ${reason}. ` +
          (failed ? 'Giving up; staff can see it in the admin panel.' : `Retrying in ${Math.round(wait / 1000)} s.`),
      );
    }
  }

  const timer = setInterval(() => void sendDue(), options.pollMs);
  timer.unref();
  return {
    kick: () => void sendDue(),
    // The CMS is shutting down: no new round, and the one under way finishes first.
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
