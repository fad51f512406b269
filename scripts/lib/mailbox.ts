import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One email as the SMTP server received it, and decoded as a mail client would show it. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface Mailbox {
  smtpPort: number;
  /** GET it for every email received so far, as JSON: tests in other threads read it. */
  url: string;
  close(): Promise<void>;
}

export interface MailboxOptions {
  /** 0 (the default) for any free port: the tests'. */
  smtpPort?: number;
  httpPort?: number;
}

/**
 * A real SMTP server for the CMS to send to, in this process, and a tiny HTTP window
 * onto what it received (as MailHog gives): JSON for the tests, which read the emails
 * the CMS sent residents, and a page for a person (`npm start`'s, where a resident's
 * sign-in code arrives when no SMTP server is configured).
 */
export async function startMailbox({ smtpPort = 0, httpPort = 0 }: MailboxOptions = {}): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((mail) => {
            received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              raw,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              headers: Object.fromEntries([...mail.headers].map(([name, value]) => [name, JSON.stringify(value)])),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  // A sender that drops its connection (a CMS stopped with a pooled connection open)
  // is the sender's business: the tests read what was delivered. Unhandled, the
  // server's 'error' event would end the test process.
  smtp.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') console.error('Test mailbox:', error);
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const http: Server = createServer((req, res) => {
    if (!(req.headers.accept ?? '').includes('text/html')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(received));
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    res.end(mailboxPage(received));
  });
  await new Promise<void>((resolve) => http.listen(httpPort, '127.0.0.1', resolve));
  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Every email received, newest first, as text: links are shown, not followed from here. */
function mailboxPage(received: readonly ReceivedMail[]): string {
  const mails = [...received]
    .reverse()
    .map(
      (mail) =>
        `<article><h2>${escape(mail.subject)}</h2><p>To: ${escape(mail.to.join(', '))}</p><pre>${escape(mail.text)}</pre></article>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Emails sent by the CMS</title>` +
    `<style>body{font-family:sans-serif;max-width:48em;margin:1em auto;padding:0 1em}pre{white-space:pre-wrap}article{border-top:1px solid #b1b4b6}</style></head>` +
    `<body><h1>Emails sent by the CMS</h1><p>Newest first. Reload to see new ones.</p>${mails || '<p>None yet.</p>'}</body></html>`
  );
}

/** Waits for an email to `to` whose decoded text or subject contains `text`. */
export async function waitForMail(
  mailboxUrl: string,
  to: string,
  text: string,
  timeoutMs = 20_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(mailboxUrl)).json()) as ReceivedMail[];
    const mail = mails.find(
      (candidate) => candidate.to.includes(to) && (candidate.text.includes(text) || candidate.subject.includes(text)),
    );
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`No email to ${to} containing "${text}" within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
