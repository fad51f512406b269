import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  assertNever,
  caseStatusSchema,
  emailHtml,
  residentEmail,
  statusUpdateEmail,
  submissionForEmailSchema,
  teamEmail,
  type Email,
} from '@doorstep/domain';
import { isCluster } from '../../cluster';
import { defineJob } from '../../jobs';
import { councilName } from '../html-page';
import { attachmentsOf, type Attachment } from './attachments';

export const EMAILS = 'api::email-message.email-message';

const emailRow = z.object({
  id: z.number(),
  documentId: z.string(),
  kind: z.enum(['team-notification', 'resident-confirmation', 'status-update']),
  to: z.string(),
  caseStatus: caseStatusSchema.nullish(),
  messageToResident: z.string().nullish(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().nullish(),
  submission: z.unknown(),
});
type EmailRow = z.infer<typeof emailRow>;

interface EmailService {
  send(options: {
    to: string;
    subject: string;
    text: string;
    html: string;
    attachments: Attachment[];
    messageId: string;
  }): Promise<unknown>;
}

async function render(strapi: Core.Strapi, email: EmailRow): Promise<Email & { attachments: Attachment[] }> {
  const submission = submissionForEmailSchema.parse(email.submission);
  switch (email.kind) {
    case 'team-notification':
      return { ...teamEmail(submission), attachments: await attachmentsOf(strapi, submission.answers) };
    case 'resident-confirmation':
      return { ...residentEmail(submission, await councilName(strapi)), attachments: [] };
    case 'status-update': {
      // Written with the status it announces (outbox.ts): one without cannot be sent, and fails loudly.
      if (!email.caseStatus) throw new Error(`Status update email ${email.id} has no case status`);
      const update = { caseStatus: email.caseStatus, messageToResident: email.messageToResident ?? null };
      return { ...statusUpdateEmail(submission, update, await councilName(strapi)), attachments: [] };
    }
    default:
      return assertNever(email.kind);
  }
}

/** The same email has the same Message-ID however often it is tried: a mail server or a test can see repeats. */
const messageIdOf = (email: EmailRow) =>
  `<${email.documentId}.${email.id}@${(process.env.SMTP_FROM ?? 'doorstep.example').split('@').pop()}>`;

interface Failure {
  attempts: number;
  error: unknown;
}

/** Sends the email unless it is sent or its submission has gone; says what failed, if anything. */
async function attempt(strapi: Core.Strapi, id: number): Promise<Failure | null> {
  const found: unknown = await strapi.db.query(EMAILS).findOne({ where: { id }, populate: { submission: true } });
  if (!found) return null;
  const email = emailRow.parse(found);
  if (email.status === 'sent') return null;
  if (!email.submission) {
    await strapi.db.query(EMAILS).delete({ where: { id } });
    return null;
  }
  const attempts = (email.attempts ?? 0) + 1;
  try {
    const message = await render(strapi, email);
    await (strapi.plugin('email').service('email') as unknown as EmailService).send({
      to: email.to,
      subject: message.subject,
      text: message.text,
      html: emailHtml(message.text),
      attachments: message.attachments,
      messageId: messageIdOf(email),
    });
  } catch (error) {
    return { attempts, error };
  }
  await strapi.db
    .query(EMAILS)
    .update({ where: { id }, data: { status: 'sent', attempts, sentAt: new Date().toISOString(), lastError: null } });
  return null;
}

/**
 * Sends one email a submission owes (outbox.ts). Idempotent: an email already sent is
 * not sent again when its job runs twice (a retry after a crash); one whose
 * submission has gone (retention, erasure) is dropped. In the cluster mode the row is
 * locked from before the send until "sent" commits: no other instance sends it
 * meanwhile, and an instance dying between the SMTP server's acceptance and the
 * record (the one window no queue closes, ADR 0013) loses only a commit's round trip,
 * not a wait for a pooled connection.
 */
async function sendEmail(strapi: Core.Strapi, id: number): Promise<void> {
  const failure = isCluster(strapi)
    ? await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        await trx('email_messages').where({ id }).forUpdate().first();
        return attempt(strapi, id);
      })
    : await attempt(strapi, id);
  if (!failure) return;
  const { attempts, error } = failure;
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  await strapi.db.query(EMAILS).update({ where: { id }, data: { attempts, lastError } });
  throw error;
}

/**
 * The queue of emails: today's policy (10 attempts, the first retry after 30 s, each
 * later one twice as long); a send taking over a minute is taken as lost. Without
 * SMTP_HOST, emails wait in the queue and go once it is set.
 */
export const emailJob = defineJob({
  queue: 'email',
  data: z.object({ emailId: z.number().int().positive(), kind: z.string(), reference: z.string() }),
  get policy() {
    return {
      attempts: Number(process.env.NOTIFY_MAX_ATTEMPTS ?? 10),
      firstDelayMs: Number(process.env.NOTIFY_RETRY_BASE_MS ?? 30_000),
      longestRunS: 60,
    };
  },
  enabled: () => Boolean(process.env.SMTP_HOST),
  describe: ({ kind, reference }) => `The ${kind.replace('-', ' ')} email for ${reference}`,
  run: (strapi, { emailId }) => sendEmail(strapi, emailId),
  async failed(strapi, { emailId }, lastError) {
    await strapi.db.query(EMAILS).update({ where: { id: emailId }, data: { status: 'failed', lastError } });
  },
});
