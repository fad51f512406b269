import type { Core } from '@strapi/strapi';
import { formDefinitionSchema, summariseAnswers, type FormAnswers } from '@doorstep/domain';
import { z } from 'zod';
import { storedFilePath } from './files';

const SUBMISSIONS = 'api::form-submission.form-submission';

export interface NotifierOptions {
  /** How often pending emails are looked for. */
  pollMs: number;
  /** The first retry waits this long; each later one waits twice as long, up to an hour. */
  retryBaseMs: number;
  /** After this many failed attempts the email is marked failed for staff to see. */
  maxAttempts: number;
}

const pending = z.object({
  id: z.number(),
  reference: z.string(),
  formTitle: z.string(),
  formVersion: z.number(),
  submittedAt: z.string(),
  expectedReplyBy: z.string(),
  notifyEmail: z.string(),
  notificationAttempts: z.number(),
  definitionSnapshot: z.unknown(),
  answers: z.record(z.string(), z.unknown()),
});
type PendingSubmission = z.infer<typeof pending>;

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** The service team's email, as text: nothing a resident typed can become markup. */
export function notificationEmail(submission: PendingSubmission): { subject: string; text: string } {
  const definition = formDefinitionSchema.parse(submission.definitionSnapshot);
  const lines = summariseAnswers(definition, submission.answers as FormAnswers).flatMap((line) => [
    line.question,
    ...line.answer.map((answer) => `  ${answer}`),
    '',
  ]);
  return {
    subject: `[${submission.reference}] ${submission.formTitle}`,
    text: [
      `A resident sent "${submission.formTitle}" (version ${submission.formVersion}) on ${when(submission.submittedAt)}.`,
      `Reference: ${submission.reference}`,
      `They have been told to expect a reply by ${new Date(`${submission.expectedReplyBy}T12:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}.`,
      '',
      ...lines,
      'Open the submission in the admin panel (Form submission) to change its status.',
    ].join('\n'),
  };
}

interface Attachment {
  filename: string;
  path: string;
  contentType: string;
}

interface EmailService {
  send(options: {
    to: string;
    subject: string;
    text: string;
    html: string;
    attachments: Attachment[];
  }): Promise<unknown>;
}

const storedFile = z.object({ id: z.string(), name: z.string(), type: z.string() });

/** Files the resident attached go to the service team with the email, from private storage. */
export function attachmentsOf(answers: Record<string, unknown>): Attachment[] {
  return Object.values(answers).flatMap((value) => {
    const file = storedFile.safeParse(value);
    return file.success
      ? [{ filename: file.data.name, path: storedFilePath(file.data.id), contentType: file.data.type }]
      : [];
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * Strapi's nodemailer provider sends the text as HTML when no HTML is given, which
 * would let a resident's markup render in the team's mail client. The HTML part is
 * the same text, escaped.
 */
const asHtml = (text: string) => `<pre style="font-family: inherit; white-space: pre-wrap">${escapeHtml(text)}</pre>`;

/**
 * Sends the service team an email for each submission whose form has a notification
 * address, after the submission is stored and answered. A failed send is retried with
 * back-off; the submission is never lost or held up by email.
 */
export function startNotifier(strapi: Core.Strapi, options: NotifierOptions): { kick(): void; stop(): void } {
  let running = false;
  let again = false;

  async function sendDue(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const now = new Date();
        const due = z.array(pending).parse(
          await strapi.db.query(SUBMISSIONS).findMany({
            where: {
              notificationStatus: 'pending',
              $or: [{ notificationNextAttemptAt: null }, { notificationNextAttemptAt: { $lte: now.toISOString() } }],
            },
            limit: 20,
            orderBy: { id: 'asc' },
          }),
        );
        for (const submission of due) await sendOne(submission);
      } while (again);
    } catch (error) {
      strapi.log.error(`Notifications: ${String(error)}`);
    } finally {
      running = false;
    }
  }

  async function sendOne(submission: PendingSubmission): Promise<void> {
    const attempts = submission.notificationAttempts + 1;
    try {
      const email = notificationEmail(submission);
      await (strapi.plugin('email').service('email') as unknown as EmailService).send({
        to: submission.notifyEmail,
        subject: email.subject,
        text: email.text,
        html: asHtml(email.text),
        attachments: attachmentsOf(submission.answers),
      });
      await strapi.db.query(SUBMISSIONS).update({
        where: { id: submission.id },
        data: { notificationStatus: 'sent', notificationAttempts: attempts, notificationError: null },
      });
    } catch (error) {
      const failed = attempts >= options.maxAttempts;
      const wait = Math.min(options.retryBaseMs * 2 ** (attempts - 1), 60 * 60 * 1000);
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await strapi.db.query(SUBMISSIONS).update({
        where: { id: submission.id },
        data: {
          notificationStatus: failed ? 'failed' : 'pending',
          notificationAttempts: attempts,
          notificationNextAttemptAt: new Date(Date.now() + wait).toISOString(),
          notificationError: message,
        },
      });
      strapi.log.warn(
        `Notifications: email for ${submission.reference} failed (attempt ${attempts}): ${message}. ` +
          (failed ? 'Giving up; staff can see it in the admin panel.' : `Retrying in ${Math.round(wait / 1000)} s.`),
      );
    }
  }

  const timer = setInterval(() => void sendDue(), options.pollMs);
  timer.unref();
  return {
    kick: () => void sendDue(),
    stop: () => clearInterval(timer),
  };
}
