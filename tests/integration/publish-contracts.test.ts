import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

/**
 * Nothing an editor can publish may break the site build (issue 13). Every type the
 * site renders has a publish rule, and that rule is the schema the site parses the
 * entry with (its content contract in domain/src/content). Here one bad entry of
 * each type is published and refused, naming the field, and nothing goes live.
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

const paragraphLinkingTo = (url: string) => [
  { type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Our files' }] }] },
];
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }];

/** The Document Service calls used here, for any of the types. */
interface Documents {
  findMany(params: object): Promise<Array<{ documentId: string }>>;
  findOne(params: object): Promise<unknown>;
  create(params: object): Promise<{ documentId: string }>;
  update(params: object): Promise<unknown>;
  publish(params: object): Promise<unknown>;
}
const documents = (uid: UID.ContentType): Documents => cms.strapi.documents(uid) as unknown as Documents;

async function firstDocumentId(uid: UID.ContentType, filters: Record<string, unknown> = {}): Promise<string> {
  const [entry] = await documents(uid).findMany({ filters, status: 'published' });
  if (!entry) throw new Error(`The demo council has no ${uid}`);
  return entry.documentId;
}

interface BadEntry {
  uid: UID.ContentType;
  /** The field the refusal must name, and the words it must say. */
  problem: RegExp;
  /** A new draft with one thing wrong, or an edit of a published entry that makes it wrong. */
  draft: () => Promise<{ documentId: string; isNew: boolean }>;
}

const create = (uid: UID.ContentType, data: Record<string, unknown>) => async () => ({
  documentId: (await documents(uid).create({ data })).documentId,
  isNew: true,
});
const edit = (uid: UID.ContentType, filters: Record<string, unknown>, data: Record<string, unknown>) => async () => {
  const documentId = await firstDocumentId(uid, filters);
  await documents(uid).update({ documentId, data });
  return { documentId, isNew: false };
};

const BAD_ENTRIES: Record<string, BadEntry> = {
  'service page whose body links to ftp://': {
    uid: 'api::service-page.service-page',
    problem: /Page content, block 1: Link must start with https:\/\//,
    draft: edit(
      'api::service-page.service-page',
      { slug: 'report-a-missed-bin' },
      {
        body: paragraphLinkingTo('ftp://files.example.com/bins'),
      },
    ),
  },
  'service area with a blank title': {
    uid: 'api::service-area.service-area',
    problem: /Title: Enter a title/,
    draft: create('api::service-area.service-area', { title: '   ', slug: 'blank-area', summary: 'Nothing' }),
  },
  'support level whose explanation links to ftp://': {
    uid: 'api::support-level.support-level',
    problem: /Explanation, block 1/,
    draft: edit(
      'api::support-level.support-level',
      { key: 'level-2' },
      {
        explanation: paragraphLinkingTo('ftp://files.example.com/levels'),
      },
    ),
  },
  'community hub whose help text links to ftp://': {
    uid: 'api::community-hub.community-hub',
    problem: /Help available, block 1: Link must start with https:\/\//,
    draft: create('api::community-hub.community-hub', {
      name: 'Old Mill Hub',
      slug: 'old-mill-hub',
      summary: 'Help with forms',
      address: '1 Mill Lane',
      town: 'Bramblewick',
      postcode: 'BW1 1AA',
      latitude: 52.1,
      longitude: -1.2,
      accessibility: 'Step-free',
      helpAvailable: paragraphLinkingTo('ftp://files.example.com/help.pdf'),
    }),
  },
  'alert banner that ends before it starts': {
    uid: 'api::alert-banner.alert-banner',
    problem: /Show until: The end time must be after the start time/,
    draft: create('api::alert-banner.alert-banner', {
      title: 'Back to front',
      message: 'Ends first',
      severity: 'warning',
      scope: 'site',
      startsAt: '2026-12-10T09:00:00.000Z',
      endsAt: '2026-12-09T09:00:00.000Z',
    }),
  },
  'information page at an address the site uses': {
    uid: 'api::info-page.info-page',
    problem: /Web address: This address is used by another part of the site/,
    draft: create('api::info-page.info-page', {
      title: 'Search help',
      slug: 'search',
      summary: 'How to search',
      body: paragraph,
      showInFooter: false,
    }),
  },
  'site settings without a phone number': {
    uid: 'api::site-setting.site-setting',
    problem: /Phone number: Enter the council’s phone number/,
    draft: edit('api::site-setting.site-setting', {}, { contactPhone: ' ' }),
  },
  'search synonyms with one word': {
    uid: 'api::search-synonym.search-synonym',
    problem: /Words that mean the same: Enter at least two words/,
    draft: create('api::search-synonym.search-synonym', { terms: 'bin, bin' }),
  },
  'best bet without a page': {
    uid: 'api::search-best-bet.search-best-bet',
    problem: /Page to show first: Choose the service page that should come first/,
    draft: create('api::search-best-bet.search-best-bet', { phrase: 'recycling centre' }),
  },
};

describe('publishing one bad entry of each type the site renders', () => {
  it('publishes the demo council’s entries of those types again as they are', async () => {
    for (const uid of new Set(Object.values(BAD_ENTRIES).map((bad) => bad.uid))) {
      const published = await documents(uid).findMany({ status: 'published', limit: 5 });
      for (const entry of published) {
        await expect(documents(uid).publish({ documentId: entry.documentId })).resolves.toBeTruthy();
      }
    }
  });

  it.each(Object.entries(BAD_ENTRIES))('refuses a %s and keeps what is live', async (_name, bad) => {
    const { documentId, isNew } = await bad.draft();
    const livePublished = await documents(bad.uid).findOne({ documentId, status: 'published' });
    const attempt = documents(bad.uid).publish({ documentId });
    await expect(attempt).rejects.toThrow(/cannot be published yet/);
    await attempt.catch((error: Error) => expect(error.message).toMatch(bad.problem));
    const after = await documents(bad.uid).findOne({ documentId, status: 'published' });
    if (isNew) expect(after).toBeNull();
    else expect(after).toEqual(livePublished);
  });
});
