import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One email as the SMTP server accepted it. */
export interface CountedMail {
  to: string[];
  subject: string;
  messageId: string | undefined;
  /** When the server accepted it (ms since the epoch). */
  at: number;
}

export interface MailCounter {
  smtpPort: number;
  /** Every email accepted so far, repeats included, in order. */
  received(): readonly CountedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server that keeps every message it accepts, repeats and all: the
 * cluster tests count them by submission reference, by recipient and by Message-ID.
 * It is the network edge the CMS's emails leave by, so a repeat here is a resident
 * or a service team reading the same email twice.
 */
export async function startMailCounter(): Promise<MailCounter> {
  const mails: CountedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            mails.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: mail.subject ?? '',
              messageId: mail.messageId,
              at: Date.now(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  // A CMS killed mid-send drops its connection: that is the point of the test, not an error in it.
  smtp.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') console.error('Mail counter:', error);
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    received: () => mails,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
