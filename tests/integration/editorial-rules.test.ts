import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letEditorsReadLabels } from '../../cms/src/content/support-level-label';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

const levels = () => cms.strapi.documents('api::support-level.support-level');
const pages = () => cms.strapi.documents('api::service-page.service-page');

describe('support levels are fixed in code', () => {
  it('has exactly the four keys, once each', async () => {
    const all = await levels().findMany({ status: 'published', sort: 'rank:asc' });
    expect(all.map((level) => level.key)).toEqual(['level-0', 'level-1', 'level-2', 'level-3']);
  });

  it('lets editors reword a level', async () => {
    const [level] = await levels().findMany({ filters: { key: 'level-1' } });
    await levels().update({ documentId: level!.documentId, data: { name: 'Do it online, any time' } });
    await levels().publish({ documentId: level!.documentId });
    const result = await cms.graphql('{ supportLevels(filters: { rank: { eq: 1 } }) { name } }');
    expect(result.body.data?.supportLevels).toEqual([{ name: 'Do it online, any time' }]);
    // Editors choose it by number and name (issue 17, item 6); the label stays out of the API.
    const [published] = await levels().findMany({ status: 'published', filters: { key: 'level-1' } });
    expect(published?.label).toBe('Level 1: Do it online, any time');
    const others = await levels().findMany({
      status: 'published',
      filters: { key: { $ne: 'level-1' } },
      sort: 'rank:asc',
    });
    expect(others.map((other) => other.label)).toEqual([
      'Level 0: Help in your community',
      'Level 2: Online, with help if you need it',
      'Level 3: Specialist support',
    ]);
  });

  it('lets Editors and Authors read the label where their roles were made before it', async () => {
    // The roles as an installation older than the label has them: every field but it.
    const readLevels = async () =>
      (await cms.strapi.db.query('admin::permission').findMany({
        where: {
          action: 'plugin::content-manager.explorer.read',
          subject: 'api::support-level.support-level',
          role: { code: { $in: ['strapi-editor', 'strapi-author'] } },
        },
        orderBy: { id: 'asc' },
      })) as Array<{ id: number; properties: { fields: string[] } }>;
    const before = await readLevels();
    expect(before).toHaveLength(2);
    for (const permission of before) {
      const fields = permission.properties.fields.filter((field) => field !== 'label');
      await cms.strapi.db.query('admin::permission').update({
        where: { id: permission.id },
        data: { properties: { ...permission.properties, fields } },
      });
    }
    expect((await readLevels()).map(({ properties }) => properties.fields.includes('label'))).toEqual([false, false]);

    await letEditorsReadLabels(cms.strapi);
    const after = await readLevels();
    expect(after.map(({ properties }) => properties.fields.includes('label'))).toEqual([true, true]);
    // Nothing else changed: every field each role read before, it still reads.
    expect(after.map(({ properties }) => properties.fields.filter((field) => field !== 'label').sort())).toEqual(
      before.map(({ properties }) => properties.fields.filter((field) => field !== 'label').sort()),
    );
  });

  it('refuses to change a key', async () => {
    const [level] = await levels().findMany({ filters: { key: 'level-2' } });
    await expect(levels().update({ documentId: level!.documentId, data: { key: 'level-3' } })).rejects.toThrow(
      /fixed as "level-2"/,
    );
  });

  it('refuses to delete or unpublish a level', async () => {
    const [level] = await levels().findMany({ filters: { key: 'level-0' } });
    await expect(levels().delete({ documentId: level!.documentId })).rejects.toThrow(/Support levels are fixed/);
    await expect(levels().unpublish({ documentId: level!.documentId })).rejects.toThrow(/Support levels are fixed/);
  });

  it('refuses a fifth level', async () => {
    await expect(
      levels().create({ data: { key: 'level-4' as never, rank: 3, name: 'Extra', summary: 'No' } }),
    ).rejects.toThrow();
    await expect(levels().create({ data: { key: 'level-1', rank: 1, name: 'Twin', summary: 'No' } })).rejects.toThrow();
    expect(await levels().count({ status: 'draft' })).toBe(4);
  });
});

const draft = {
  title: 'Half-finished page',
  slug: 'half-finished-page',
  summary: 'Not ready yet',
  taskType: 'action',
  isTopTask: false,
  owner: 'team@bramblewick.example',
  reviewBy: '2027-01-01',
};

describe('publishing checks what the site needs', () => {
  it('saves an incomplete draft but refuses to publish it, naming every problem', async () => {
    const created = await pages().create({
      data: { ...draft, body: [{ type: 'heading', level: 1, children: [{ type: 'text', text: 'Big' }] }] } as never,
    });
    const attempt = pages().publish({ documentId: created.documentId });
    await expect(attempt).rejects.toThrow(/"Half-finished page" cannot be published yet/);
    await attempt.catch((error: Error) => {
      // Each by the field's label in the edit view, counted from 1, never by its API name.
      expect(error.message).toMatch(/Service area: Choose a service area before publishing/);
      expect(error.message).toMatch(/Support level: Choose a support level before publishing/);
      expect(error.message).toMatch(/Page content, block 1: /);
      expect(error.message).toMatch(/When we reply: Say when residents can expect a reply/);
      expect(error.message).not.toMatch(/serviceArea|supportLevel|expectedResponse|body\[/);
    });
    expect(await pages().findOne({ documentId: created.documentId, status: 'published' })).toBeNull();
  });

  it('applies the same check to create-and-publish in one step', async () => {
    await expect(
      pages().create({ data: { ...draft, slug: 'one-step', body: [] } as never, status: 'published' }),
    ).rejects.toThrow(/cannot be published yet/);
  });

  it('refuses contact details residents could not use', async () => {
    const [area] = await cms.strapi.documents('api::service-area.service-area').findMany({});
    const [level] = await levels().findMany({ filters: { key: 'level-2' } });
    const created = await pages().create({
      data: {
        ...draft,
        slug: 'bad-contacts',
        taskType: 'information',
        serviceArea: area!.documentId,
        supportLevel: level!.documentId,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
        contactChannels: [{ kind: 'phone', label: 'Call us', value: 'call the office' }],
      } as never,
    });
    await expect(pages().publish({ documentId: created.documentId })).rejects.toThrow(
      /Ways to contact the service, item 1, Where: Enter a UK phone number/,
    );
  });
});

describe('search vocabulary and information pages are checked when published', () => {
  it('refuses a synonym group with one word, and publishes a real one', async () => {
    const synonyms = cms.strapi.documents('api::search-synonym.search-synonym');
    await expect(synonyms.create({ data: { terms: 'skip, skip' }, status: 'published' })).rejects.toThrow(
      /Words that mean the same: Enter at least two words, separated by commas/,
    );
    const created = await synonyms.create({ data: { terms: 'skip, skip hire' }, status: 'published' });
    expect(created?.terms).toBe('skip, skip hire');
  });

  it('refuses a best bet without a page to put first', async () => {
    await expect(
      cms.strapi
        .documents('api::search-best-bet.search-best-bet')
        .create({ data: { phrase: 'bulky waste' }, status: 'published' }),
    ).rejects.toThrow(/Page to show first: Choose the service page that should come first/);
  });

  it('refuses an information page at an address the site uses itself', async () => {
    await expect(
      cms.strapi.documents('api::info-page.info-page').create({
        data: {
          title: 'Search',
          slug: 'search',
          summary: 'Clashes',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
          showInFooter: false,
          owner: 'web@bramblewick.example',
        },
        status: 'published',
      }),
    ).rejects.toThrow(/Web address: This address is used by another part of the site/);
  });
});

describe('links to another site written as a path are refused on every link field (issue 11)', () => {
  const elsewhere = ['//evil.example/path', '/\\evil.example', '/\t/evil.example'];

  it.each(elsewhere)('an alert banner link of %j', async (linkUrl) => {
    await expect(
      cms.strapi.documents('api::alert-banner.alert-banner').create({
        data: {
          title: 'Bins',
          message: 'Collections change',
          severity: 'information',
          startsAt: '2026-12-01T09:00:00.000Z',
          scope: 'site',
          linkUrl,
          linkText: 'Read more',
        } as never,
        status: 'published',
      }),
    ).rejects.toThrow(
      /Link address: Enter a link starting with https:\/\/ or with \/ for a page of this site \(not \/\/\)/,
    );
  });

  it.each(elsewhere)('an information page link of %j in its text', async (url) => {
    await expect(
      cms.strapi.documents('api::info-page.info-page').create({
        data: {
          title: 'Links',
          slug: `links-${elsewhere.indexOf(url)}`,
          summary: 'A link',
          body: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'here' }] }] }],
          showInFooter: false,
        } as never,
        status: 'published',
      }),
    ).rejects.toThrow(/Link must start with/);
  });

  it.each(elsewhere)('a service page’s online contact of %j', async (value) => {
    const [area] = await cms.strapi.documents('api::service-area.service-area').findMany({});
    const [level] = await levels().findMany({ filters: { key: 'level-2' } });
    const created = await pages().create({
      data: {
        ...draft,
        slug: `online-${elsewhere.indexOf(value)}`,
        taskType: 'information',
        serviceArea: area!.documentId,
        supportLevel: level!.documentId,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
        contactChannels: [{ kind: 'online', label: 'Apply online', value }],
      } as never,
    });
    await expect(pages().publish({ documentId: created.documentId })).rejects.toThrow(
      /Ways to contact the service, item 1, Where: Enter a link starting with https:\/\//,
    );
  });
});
