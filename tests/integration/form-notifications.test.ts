import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

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
      JOBS_POLL_MS: '100',
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

async function waitForMail(reference: string, to?: string, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const mail = inbox.find((message) => message.raw.includes(reference) && (!to || message.to.includes(to)));
    if (mail) return mail;
    if (Date.now() - started > timeoutMs) throw new Error(`no email for ${reference}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function emailsOf(reference: string): Promise<Array<{ kind: string; status: string; attempts: number }>> {
  const submission = (await cms.strapi.db
    .query('api::form-submission.form-submission')
    .findOne({ where: { reference }, populate: { emails: true } })) as {
    emails: Array<{ kind: string; status: string; attempts: number }>;
  };
  return submission.emails;
}

describe('emails to the service team', () => {
  it('sends one plain-text email per submission, with the answers as text', async () => {
    const reference = await submit('<script>alert("x")</script> When does my badge run out?');
    const mail = await waitForMail(reference, 'parking@bramblewick.example');
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
    // Earlier tests' emails first: the refusals below are for this submission's two.
    for (let tries = 0; tries < 100; tries += 1) {
      const pending = await cms.strapi.db
        .query('api::email-message.email-message')
        .count({ where: { status: 'pending' } });
      if (pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    refuseNext = 2;
    const started = Date.now();
    const reference = await submit('Is my renewal through?');
    expect(Date.now() - started).toBeLessThan(2000); // answered before any email went
    await waitForMail(reference, 'parking@bramblewick.example');
    await waitForMail(reference, 'sam@example.com');
    // The sender records a send just after the SMTP server has it.
    let emails = await emailsOf(reference);
    for (let tries = 0; emails.some((email) => email.status !== 'sent') && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      emails = await emailsOf(reference);
    }
    expect(emails.map((email) => [email.kind, email.status]).sort()).toEqual([
      ['resident-confirmation', 'sent'],
      ['team-notification', 'sent'],
    ]);
    expect(emails.reduce((sum, email) => sum + email.attempts, 0)).toBe(4); // two refused, two sent
  });
});

describe('files the resident attached', () => {
  it('go to the service team with their email, as the files themselves', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const form = new FormData();
    form.set(
      '_answers',
      JSON.stringify({
        'full-name': 'Sam Resident',
        email: 'files@example.com',
        'date-of-birth': { day: '27', month: '3', year: '1980' },
        postcode: 'BW1 2AB',
        address: { line1: '1 Market Street', town: 'Bramblewick', postcode: 'BW1 2AB' },
        'problem-type': 'litter',
        area: 'north',
        'contact-by': ['email'],
        'how-many': '3',
        dangerous: 'no',
      }),
    );
    form.set('photo', new Blob([png], { type: 'image/png' }), 'litter.png');
    const forms = cms.strapi.documents('api::form-definition.form-definition');
    const [everyField] = await forms.findMany({ filters: { slug: 'every-field-type' } });
    await forms.update({
      documentId: everyField!.documentId,
      data: { notificationEmail: 'testing@bramblewick.example' } as never,
    });
    await forms.publish({ documentId: everyField!.documentId });
    const response = await fetch(`${cms.url}/api/forms/every-field-type/submissions`, {
      method: 'POST',
      headers: { 'Idempotency-Key': randomUUID() },
      body: form,
    });
    expect(response.status).toBe(201);
    const { reference } = ((await response.json()) as { data: { reference: string } }).data;
    const mail = await waitForMail(reference, 'testing@bramblewick.example');
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['litter.png', 'image/png'],
    ]);
    expect(parsed.attachments[0]!.content.equals(png)).toBe(true);
  });
});

describe("the resident's confirmation email", () => {
  it('goes to the address they gave: reference, what they chose, what happens next, the reply-by date', async () => {
    const reference = await submit('My badge number is BB-1234 and I am worried about <b>renewal</b>');
    const mail = await waitForMail(reference, 'sam@example.com');
    expect(mail.raw).toMatch(new RegExp(`Subject: Ask about a Blue Badge: your reference is ${reference}`));
    const text = mail.raw.split(/Content-Type: text\/html/)[0]!;
    expect(text).toContain('Bramblewick Borough Council has received your form "Ask about a Blue Badge"');
    expect(text).toContain('What is your enquiry about?: Renewing a badge');
    expect(text).toContain('The Blue Badge team will reply within 5 working days.');
    expect(text).toMatch(/We aim to reply by \d{1,2} [A-Z][a-z]+ \d{4}\./);
    // Nothing they typed: not their question, not their name.
    expect(text).not.toContain('BB-1234');
    expect(text).not.toContain('Sam Resident');
  });

  it('is not sent, and the receipt says so, when they give no address', async () => {
    // A form whose email question is optional, left blank.
    await cms.strapi.documents('api::form-definition.form-definition').create({
      data: {
        title: 'Tell us about a fox',
        slug: 'tell-us-about-a-fox',
        confirmation: 'We will pass it to the pest control team.',
        expectedResponse: { amount: 5, unit: 'working-days' },
        retentionDays: 30,
        questions: [
          { __component: 'form.short-text', name: 'where', label: 'Where did you see it?', maxLength: 100 },
          { __component: 'form.email', name: 'email', label: 'Email address', optional: true },
        ],
      } as never,
      status: 'published',
    });
    const response = await fetch(`${cms.url}/api/forms/tell-us-about-a-fox/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ answers: { where: 'Market Square' } }),
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { data: { reference: string; confirmationEmail: string | null } };
    expect(receipt.data.confirmationEmail).toBeNull();
    expect(await emailsOf(receipt.data.reference)).toEqual([]);
  });

  it('says where it goes in the receipt', async () => {
    const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({
        answers: { topic: 'renewal', question: 'Hello', 'full-name': 'Sam Resident', email: 'Sam@Example.com' },
      }),
    });
    expect(((await response.json()) as { data: { confirmationEmail: string } }).data.confirmationEmail).toBe(
      'sam@example.com',
    );
  });
});

describe('a form that asks for no email address', () => {
  it('cannot promise one', async () => {
    const forms = cms.strapi.documents('api::form-definition.form-definition');
    const [missedBin] = await forms.findMany({
      filters: { slug: 'report-a-missed-bin' },
      status: 'published',
      populate: '*',
    });
    expect(missedBin).toBeDefined();
    await expect(
      forms.create({
        data: {
          title: 'Tell us about a fox',
          slug: 'tell-us-about-a-fox',
          confirmation: 'We will email you when we have looked into it.',
          expectedResponse: { amount: 5, unit: 'working-days' },
          retentionDays: 30,
          questions: [
            { __component: 'form.short-text', name: 'where', label: 'Where did you see it?', maxLength: 100 },
          ],
        } as never,
        status: 'published',
      }),
    ).rejects.toThrow(
      /After sending: This says the council will email the resident \("email you"\), but the form asks for no email address/,
    );
  });
});
