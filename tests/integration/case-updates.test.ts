import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { startMailbox, waitForMail, type Mailbox, type ReceivedMail } from '../support/mailbox';
import { followRequestUpdates } from '../support/request-updates';
import { ResidentBrowser } from '../support/resident';
import { adminToken } from '../support/admin';

/**
 * A caseworker answers the resident through the same channel (issue 15): as the
 * Service team role, in the admin panel's own API, against a real SMTP server. A
 * status change or a message reaches the resident once, by the job queue; an internal
 * note never does; "Waiting for the resident" needs a message saying what is needed.
 * A guest hears only once they asked from the confirmation page and confirmed by
 * email (issue 16): a mistyped address never receives a caseworker's message.
 */
const CASEWORKER = { email: 'caseworker@case-test.example', password: 'Caseworker-password-1' };
const SUBMISSIONS = 'api::form-submission.form-submission';
const EMAILS = 'api::email-message.email-message';
const PROXY_SECRET = 'case-updates-test-proxy-secret-0123456789';
let clients = 0;
/** A guest's browser, behind the site server (its proxy secret, an address of its own). */
const browser = () =>
  new ResidentBrowser(cms.url, '/api/account', {
    'x-doorstep-proxy': PROXY_SECRET,
    'x-forwarded-for': `203.0.113.${(clients += 1) % 250}`,
  });

let cms: TestCms;
let mailbox: Mailbox;
let token: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  cms = await startCms({
    seed: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'forms@bramblewick.example',
      JOBS_POLL_MS: '100',
      SERVICE_TEAM_EMAIL: CASEWORKER.email,
      SERVICE_TEAM_PASSWORD: CASEWORKER.password,
      PROXY_SECRET,
    },
  });
  token = await adminToken(cms.url, CASEWORKER);
});

afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

interface Submission {
  /** The receipt's offer of status emails to a guest (not stored: the receipt carries it). */
  updatesLink: string | null;
  documentId: string;
  reference: string;
  caseStatus: string;
  caseNote: string | null;
  messageToResident: string | null;
  timeline: Array<{ status: string; by: string; note?: string; message?: string }>;
}

async function submit(slug: string, answers: Record<string, unknown>): Promise<Submission> {
  const response = await fetch(`${cms.url}/api/forms/${slug}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ answers }),
  });
  expect(response.status).toBe(201);
  const { reference, updatesLink } = (
    (await response.json()) as { data: { reference: string; updatesLink: string | null } }
  ).data;
  return { ...(await read(reference)), updatesLink };
}

/** A guest's blue badge enquiry, whose sender asked for its status emails. */
async function blueBadge(email: string): Promise<Submission> {
  const submission = await submit('blue-badge-enquiry', {
    topic: 'renewal',
    question: 'When?',
    'full-name': 'Sam Resident',
    email,
  });
  await followRequestUpdates(browser(), submission, email, mailbox.url);
  return submission;
}

async function read(reference: string): Promise<Submission> {
  const [submission] = await cms.strapi.documents(SUBMISSIONS).findMany({ filters: { reference } });
  return submission as unknown as Submission;
}

/** Saves as a caseworker does in the admin panel: the content manager's own update, as the Service team. */
const save = (submission: Submission, data: Record<string, unknown>) =>
  fetch(`${cms.url}/content-manager/collection-types/${SUBMISSIONS}/${submission.documentId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  });

async function emailsOf(reference: string): Promise<Array<{ kind: string; status: string; to: string }>> {
  return (await cms.strapi.db
    .query(EMAILS)
    .findMany({ where: { submission: { reference } }, orderBy: { id: 'asc' } })) as Array<{
    kind: string;
    status: string;
    to: string;
  }>;
}

/** Every email about the submission has gone through the queue: what the mailbox holds is all there will be. */
async function allSent(reference: string): Promise<void> {
  await expect
    .poll(async () => (await emailsOf(reference)).map((email) => email.status), { timeout: 20_000, interval: 100 })
    .not.toContain('pending');
}

const mailsAbout = async (reference: string): Promise<ReceivedMail[]> =>
  ((await (await fetch(mailbox.url)).json()) as ReceivedMail[]).filter(
    (mail) => mail.subject.includes(reference) || mail.text.includes(reference),
  );

describe('a caseworker updates the resident', () => {
  it('sends one email when the status changes with a message: the status in plain words and the message', async () => {
    const submission = await blueBadge('update@example.com');
    const response = await save(submission, {
      caseStatus: 'in-progress',
      messageToResident: 'We have ordered your new badge.',
      caseNote: 'Checked eligibility on the phone',
    });
    expect(response.status, await response.clone().text()).toBe(200);

    const mail = await waitForMail(mailbox.url, 'update@example.com', 'Status: In progress');
    expect(mail.subject).toBe(`Ask about a Blue Badge: in progress (${submission.reference})`);
    expect(mail.text).toContain(`Your reference number is ${submission.reference}.`);
    expect(mail.text).toContain('Bramblewick Borough Council has an update on your form "Ask about a Blue Badge".');
    expect(mail.text).toContain('We have ordered your new badge.');
    expect(mail.text).not.toContain('Checked eligibility');

    await allSent(submission.reference);
    const updates = (await mailsAbout(submission.reference)).filter((sent) => sent.text.includes('Status:'));
    expect(updates.map((sent) => sent.to)).toEqual([['update@example.com']]);
    expect((await emailsOf(submission.reference)).filter((email) => email.kind === 'status-update')).toEqual([
      expect.objectContaining({ to: 'update@example.com', status: 'sent' }),
    ]);

    const updated = await read(submission.reference);
    expect(updated.caseStatus).toBe('in-progress');
    expect(updated.timeline.at(-1)).toMatchObject({
      status: 'in-progress',
      by: 'Demo Caseworker',
      note: 'Checked eligibility on the phone',
      message: 'We have ordered your new badge.',
    });
    // Both fields are emptied for the next update.
    expect([updated.messageToResident, updated.caseNote]).toEqual([null, null]);
  });

  it('sends nothing for an internal note alone, and the note is in no email, then or later', async () => {
    const submission = await blueBadge('note@example.com');
    const note = 'Resident sounded upset, call back Tuesday';
    const response = await save(submission, { caseStatus: 'received', caseNote: note });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await read(submission.reference)).timeline.at(-1)).toMatchObject({ status: 'received', note });
    expect((await emailsOf(submission.reference)).map((email) => email.kind).sort()).toEqual([
      'resident-confirmation',
      'team-notification',
    ]);

    // A later status change tells the resident, without the note.
    expect((await save(submission, { caseStatus: 'resolved' })).status).toBe(200);
    await waitForMail(mailbox.url, 'note@example.com', 'Status: Done');
    await allSent(submission.reference);
    const mails = await mailsAbout(submission.reference);
    expect(mails).toHaveLength(4); // the team's, the confirmation, the updates' confirmation, the one update
    for (const mail of mails) expect(mail.raw).not.toContain('call back Tuesday');
  });

  it('refuses "Waiting for the resident" without a message, and changes nothing', async () => {
    const submission = await blueBadge('waiting@example.com');
    const refused = await save(submission, { caseStatus: 'waiting-for-resident', caseNote: 'Need a photo' });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as {
      error: { name: string; message: string; details: { errors: Array<{ path: string[] }> } };
    };
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/^Enter a message to the resident saying what you need from them/);
    expect(error.details.errors.map((problem) => problem.path)).toEqual([['messageToResident']]);
    const unchanged = await read(submission.reference);
    expect(unchanged.caseStatus).toBe('received');
    expect(unchanged.timeline).toEqual(submission.timeline);
    expect((await emailsOf(submission.reference)).map((email) => email.kind)).not.toContain('status-update');

    const saved = await save(submission, {
      caseStatus: 'waiting-for-resident',
      messageToResident: 'Please send a photo of both sides of your old badge.',
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const mail = await waitForMail(mailbox.url, 'waiting@example.com', 'Status: Waiting for you');
    expect(mail.text).toContain('What we need from you\nPlease send a photo of both sides of your old badge.');
  });

  it('tells a guest who did not ask nothing, and offers only with the receipt’s own token', async () => {
    const email = 'unasked@example.com';
    const submission = await submit('blue-badge-enquiry', {
      topic: 'renewal',
      question: 'When?',
      'full-name': 'Sam Resident',
      email,
    });
    expect((await save(submission, { caseStatus: 'in-progress', messageToResident: 'Started.' })).status).toBe(200);
    await allSent(submission.reference);
    expect((await emailsOf(submission.reference)).map((sent) => sent.kind)).not.toContain('status-update');

    // The offer's page: a token of another reference, a token altered, none, or a reference that is not kept.
    const other = await submit('blue-badge-enquiry', {
      topic: 'renewal',
      question: 'When?',
      'full-name': 'Sam Other',
      email: 'other@example.com',
    });
    const token = new URLSearchParams(submission.updatesLink!.split('?')[1]).get('token')!;
    const othersToken = new URLSearchParams(other.updatesLink!.split('?')[1]).get('token')!;
    const guest = browser();
    const wrong = [
      { reference: submission.reference, token: othersToken },
      { reference: submission.reference, token: `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}` },
      { reference: submission.reference, token: '' },
      { reference: 'AAAA-BBBB-CCCC', token },
      { reference: `${submission.reference}'--`, token },
    ];
    for (const fields of wrong) {
      const page = await guest.get(`/alerts/request?${new URLSearchParams(fields).toString()}`);
      expect(page.status, JSON.stringify(fields)).toBe(404);
      expect(page.html).not.toContain(email);
      await guest.get(`/alerts/request?${submission.updatesLink!.split('?')[1]}`); // a fresh form token
      const posted = await guest.post('/alerts/request', fields);
      expect(posted.status, JSON.stringify(fields)).toBe(404);
    }
    expect(await cms.strapi.db.connection('doorstep_alert_subscriptions').where({ email })).toHaveLength(0);

    // Asked, but not confirmed: still nothing.
    await guest.post('/alerts/request', { reference: submission.reference, token });
    expect((await save(submission, { caseStatus: 'resolved' })).status).toBe(200);
    await allSent(submission.reference);
    expect((await emailsOf(submission.reference)).map((sent) => sent.kind)).not.toContain('status-update');

    // A cross-site post is refused.
    const crossSite = await guest.post(
      '/alerts/request',
      { reference: submission.reference, token },
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
  });

  it('sends nothing when the resident gave no email address, and keeps the message in the timeline', async () => {
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
    const submission = await submit('tell-us-about-a-fox', { where: 'Market Square' });
    const response = await save(submission, { caseStatus: 'resolved', messageToResident: 'The fox has moved on.' });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await read(submission.reference)).timeline.at(-1)).toMatchObject({
      status: 'resolved',
      message: 'The fox has moved on.',
    });
    expect(await emailsOf(submission.reference)).toEqual([]);
  });
});
