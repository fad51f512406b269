/**
 * Page addresses (issue 12): a new page's slug follows its title until an editor
 * changes it by hand; once published, a changed slug leaves the old address
 * redirecting to the new one, for ever, for service pages, forms and hubs alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

const pages = () => cms.strapi.documents('api::service-page.service-page');

async function draftBasics() {
  const [area] = await cms.strapi.documents('api::service-area.service-area').findMany({});
  const [level] = await cms.strapi
    .documents('api::support-level.support-level')
    .findMany({ filters: { key: 'level-2' } });
  return {
    summary: 'A page for testing addresses',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
    taskType: 'information',
    isTopTask: false,
    owner: 'team@bramblewick.example',
    reviewBy: '2027-06-01',
    serviceArea: area!.documentId,
    supportLevel: level!.documentId,
  };
}

const redirects = async () =>
  (
    (await (await fetch(`${cms.url}/api/redirects?pagination[pageSize]=100`)).json()) as {
      data: Array<{ fromPath: string; toPath: string }>;
    }
  ).data.map((redirect) => [redirect.fromPath, redirect.toPath]);

describe('a new page’s slug follows its title', () => {
  it('replaces the admin panel’s placeholder with the title’s slug, and follows the title while it is a draft', async () => {
    const created = await pages().create({
      data: { ...(await draftBasics()), title: 'Hire a community hall', slug: 'service-page' } as never,
    });
    expect(created.slug).toBe('hire-a-community-hall');
    const renamed = await pages().update({
      documentId: created.documentId,
      data: { title: 'Hire a community room' } as never,
    });
    expect(renamed?.slug).toBe('hire-a-community-room');
  });

  it('stops following once the editor has written their own', async () => {
    const created = await pages().create({
      data: { ...(await draftBasics()), title: 'Book a room', slug: 'service-page' } as never,
    });
    await pages().update({ documentId: created.documentId, data: { slug: 'rooms' } as never });
    const renamed = await pages().update({
      documentId: created.documentId,
      data: { title: 'Book a meeting room' } as never,
    });
    expect(renamed?.slug).toBe('rooms');
  });

  it('never takes another page’s address', async () => {
    const first = await pages().create({
      data: { ...(await draftBasics()), title: 'Report graffiti today', slug: '' } as never,
    });
    const second = await pages().create({
      data: { ...(await draftBasics()), title: 'Report graffiti today', slug: '' } as never,
    });
    expect(first.slug).toBe('report-graffiti-today');
    expect(second.slug).toBe('report-graffiti-today-2');
  });

  it('stays put once the page is published: the address residents know', async () => {
    const created = await pages().create({
      data: { ...(await draftBasics()), title: 'Apply for a skip permit', slug: '' } as never,
    });
    await pages().publish({ documentId: created.documentId });
    const renamed = await pages().update({
      documentId: created.documentId,
      data: { title: 'Apply for a skip licence' } as never,
    });
    expect(renamed?.slug).toBe('apply-for-a-skip-permit');
  });
});

describe('a published page that moves keeps its old address', () => {
  it('redirects the old address to the new one, and never through a chain', async () => {
    const created = await pages().create({
      data: { ...(await draftBasics()), title: 'Report a dead animal', slug: '' } as never,
    });
    await pages().publish({ documentId: created.documentId });
    await pages().update({ documentId: created.documentId, data: { slug: 'report-a-dead-animal-on-a-road' } as never });
    await pages().publish({ documentId: created.documentId });
    expect(await redirects()).toContainEqual([
      '/services/report-a-dead-animal/',
      '/services/report-a-dead-animal-on-a-road/',
    ]);

    await pages().update({ documentId: created.documentId, data: { slug: 'dead-animals' } as never });
    await pages().publish({ documentId: created.documentId });
    const now = await redirects();
    expect(now).toContainEqual(['/services/report-a-dead-animal/', '/services/dead-animals/']);
    expect(now).toContainEqual(['/services/report-a-dead-animal-on-a-road/', '/services/dead-animals/']);
  });

  it('gives an old address back to a page published at it', async () => {
    const mover = await pages().create({
      data: { ...(await draftBasics()), title: 'Pay a bus lane fine', slug: '' } as never,
    });
    await pages().publish({ documentId: mover.documentId });
    await pages().update({ documentId: mover.documentId, data: { slug: 'pay-a-penalty-charge-notice' } as never });
    await pages().publish({ documentId: mover.documentId });
    const newcomer = await pages().create({
      data: { ...(await draftBasics()), title: 'Pay a bus lane fine', slug: 'pay-a-bus-lane-fine' } as never,
    });
    await pages().publish({ documentId: newcomer.documentId });
    expect((await redirects()).map(([from]) => from)).not.toContain('/services/pay-a-bus-lane-fine/');
  });

  it('does the same for web forms and community hubs', async () => {
    const forms = cms.strapi.documents('api::form-definition.form-definition');
    const [form] = await forms.findMany({ filters: { slug: 'report-fly-tipping' }, status: 'published' });
    await forms.update({ documentId: form!.documentId, data: { slug: 'report-dumped-rubbish' } as never });
    await forms.publish({ documentId: form!.documentId });
    const hubs = cms.strapi.documents('api::community-hub.community-hub');
    const [hub] = await hubs.findMany({ status: 'published', limit: 1 });
    await hubs.update({ documentId: hub!.documentId, data: { slug: 'the-new-hub' } as never });
    await hubs.publish({ documentId: hub!.documentId });
    const now = await redirects();
    expect(now).toContainEqual(['/forms/report-fly-tipping/', '/forms/report-dumped-rubbish/']);
    expect(now).toContainEqual([`/community-hubs/${hub!.slug}/`, '/community-hubs/the-new-hub/']);
  });
});

describe('a level 1 page offers something to do online', () => {
  it('cannot be published without a web form or an online link', async () => {
    const [level1] = await cms.strapi
      .documents('api::support-level.support-level')
      .findMany({ filters: { key: 'level-1' } });
    const created = await pages().create({
      data: {
        ...(await draftBasics()),
        title: 'Do something online',
        slug: '',
        taskType: 'action',
        expectedResponse: { amount: 5, unit: 'working-days' },
        supportLevel: level1!.documentId,
      } as never,
    });
    await expect(pages().publish({ documentId: created.documentId })).rejects.toThrow(
      /Support level: A level 1 page says "do it online", so it needs something to do online/,
    );
    await pages().update({
      documentId: created.documentId,
      data: {
        contactChannels: [{ kind: 'online', label: 'Apply online', value: 'https://www.gov.uk/apply' }],
      } as never,
    });
    await expect(pages().publish({ documentId: created.documentId })).resolves.toBeTruthy();
  });
});
