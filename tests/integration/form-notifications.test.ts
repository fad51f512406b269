import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../support/cms';

/** A real SMTP server in this process: it keeps what it receives and can refuse on request. */
const inbox: Array<{ to: string[]; raw: string }> = [];
let refuseNext = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (refuseNext > 0) {
      refuseNext -= 1;
      return callback(new Error('451 Try again later'));
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      inbox.push({
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  },
});

let cms: TestCms;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  cms = await startCms({
    seed: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
      NOTIFY_POLL_MS: '100',
      NOTIFY_RETRY_BASE_MS: '200',
    },
  });
});

afterAll(async () => {
  await cms?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function submit(question: string): Promise<string> {
  const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({
      answers: { topic: 'renewal', question, 'full-name': 'Sam Resident', email: 'sam@example.com' },
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { reference: string } }).data.reference;
}

async function waitForMail(reference: string, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const mail = inbox.find((message) => message.raw.includes(reference));
    if (mail) return mail;
    if (Date.now() - started > timeoutMs) throw new Error(`no email for ${reference}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('emails to the service team', () => {
  it('sends one plain-text email per submission, with the answers as text', async () => {
    const reference = await submit('<script>alert("x")</script> When does my badge run out?');
    const mail = await waitForMail(reference);
    expect(mail.to).toEqual(['parking@bramblewick.example']);
    expect(mail.raw).toMatch(new RegExp(`Subject: \\[${reference}\\] Ask about a Blue Badge`));
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toContain('Renewing a badge');
    // The text part carries the markup as typed; the HTML part shows it as text, escaped.
    const [text, html] = mail.raw.split(/Content-Type: text\/html/);
    expect(text).toContain('<script>alert("x")</script> When does my badge run out?');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('retries a failed send with back-off, without holding up or losing the submission', async () => {
    refuseNext = 2;
    const started = Date.now();
    const reference = await submit('Is my renewal through?');
    expect(Date.now() - started).toBeLessThan(2000); // answered before any email went
    await waitForMail(reference);
    const stored = (await cms.strapi.db
      .query('api::form-submission.form-submission')
      .findOne({ where: { reference } })) as { notificationStatus: string; notificationAttempts: number };
    expect(stored).toMatchObject({ notificationStatus: 'sent', notificationAttempts: 3 });
  });
});
