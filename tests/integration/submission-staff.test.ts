import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredSubmissions } from '../../cms/src/forms/retention';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { adminToken } from '../support/admin';

const EDITOR = { email: 'editor@staff-test.example', password: 'Editor-password-1' };
const CASEWORKER = { email: 'caseworker@staff-test.example', password: 'Caseworker-password-1' };
const SUBMISSIONS = 'api::form-submission.form-submission';

let cms: TestCms;
let reference: string;

beforeAll(async () => {
  cms = await startCms({
    seed: true,
    env: {
      EDITOR_EMAIL: EDITOR.email,
      EDITOR_PASSWORD: EDITOR.password,
      SERVICE_TEAM_EMAIL: CASEWORKER.email,
      SERVICE_TEAM_PASSWORD: CASEWORKER.password,
    },
  });
  const response = await fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({
      answers: {
        topic: 'renewal',
        question: 'When does my badge run out?',
        'full-name': 'Sam',
        email: 'sam@example.com',
      },
    }),
  });
  reference = ((await response.json()) as { data: { reference: string } }).data.reference;
});

afterAll(async () => {
  await cms?.stop();
});

const listSubmissions = async (token: string) =>
  fetch(`${cms.url}/content-manager/collection-types/${SUBMISSIONS}`, {
    headers: { Authorization: `Bearer ${token}` },
  });

describe('staff and submissions', () => {
  it('lets the service team read submissions in the admin panel, and not content editors', async () => {
    const caseworker = await listSubmissions(await adminToken(cms.url, CASEWORKER));
    expect(caseworker.status).toBe(200);
    expect(JSON.stringify(await caseworker.json())).toContain(reference);
    const editor = await listSubmissions(await adminToken(cms.url, EDITOR));
    expect(editor.status).toBe(403);
  });

  it('adds each status change to the timeline, and never changes what the resident sent', async () => {
    const submissions = cms.strapi.documents(SUBMISSIONS);
    const [submission] = await submissions.findMany({ filters: { reference } });
    await submissions.update({
      documentId: submission!.documentId,
      data: { caseStatus: 'in-progress', answers: { topic: 'tampered' }, timeline: [] } as never,
    });
    await submissions.update({ documentId: submission!.documentId, data: { caseStatus: 'resolved' } as never });
    const updated = (await submissions.findOne({ documentId: submission!.documentId })) as unknown as {
      caseStatus: string;
      answers: { topic: string };
      timeline: Array<{ status: string; by: string }>;
    };
    expect(updated.caseStatus).toBe('resolved');
    expect(updated.answers.topic).toBe('renewal');
    expect(updated.timeline.map((entry) => entry.status)).toEqual(['received', 'in-progress', 'resolved']);
  });

  it('records who changed the status in the admin panel', async () => {
    const token = await adminToken(cms.url, CASEWORKER);
    const [submission] = await cms.strapi.documents(SUBMISSIONS).findMany({ filters: { reference } });
    const response = await fetch(
      `${cms.url}/content-manager/collection-types/${SUBMISSIONS}/${submission!.documentId}`,
      {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ caseStatus: 'closed', answers: { topic: 'tampered' } }),
      },
    );
    expect(response.status, await response.clone().text()).toBe(200);
    const updated = (await cms.strapi
      .documents(SUBMISSIONS)
      .findOne({ documentId: submission!.documentId })) as unknown as {
      answers: { topic: string };
      timeline: Array<{ status: string; by: string }>;
    };
    expect(updated.timeline.at(-1)).toMatchObject({ status: 'closed', by: 'Demo Caseworker' });
    expect(updated.answers.topic).toBe('renewal');
  });

  it('deletes submissions kept past their retention period every night, and says how many', async () => {
    expect(cms.strapi.cron.jobs.map((job: { name: string | null }) => job.name)).toContain('job:submission-retention');
    const query = cms.strapi.db.query(SUBMISSIONS);
    const [kept] = (await query.findMany({ where: { reference } })) as Array<{ id: number }>;
    const expiredReference = 'TEST-EXPI-RED1';
    await query.create({
      data: {
        ...((await query.findOne({ where: { id: kept!.id } })) as Record<string, unknown>),
        id: undefined,
        documentId: undefined,
        reference: expiredReference,
        idempotencyKey: randomUUID(),
        retainUntil: '2026-01-01',
      },
    });
    const removed = await deleteExpiredSubmissions(cms.strapi, new Date('2026-11-23T12:00:00Z'));
    expect(removed).toBe(1);
    expect(await query.count({ where: { reference: expiredReference } })).toBe(0);
    expect(await query.count({ where: { reference } })).toBe(1);
  });
});
