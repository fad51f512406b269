import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BANNER_SCOPES,
  BANNER_SEVERITIES,
  CONTACT_CHANNEL_KINDS,
  RESPONSE_UNITS,
  SITE_PHASES,
  SUPPORT_LEVEL_KEYS,
  TASK_TYPES,
  WEEKDAYS,
  communityHubContract,
  contractProblems,
  servicePageContract,
} from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/cms/paths';

const enumIn = (file: string, attribute: string): string[] => {
  const schema = JSON.parse(readFileSync(path.join(CMS_DIR, 'src', file), 'utf8')) as {
    attributes: Record<string, { enum?: string[] }>;
  };
  return schema.attributes[attribute]?.enum ?? [];
};

describe('the content contracts and Strapi’s schema', () => {
  // Strapi's schema files are JSON and cannot import the domain: this keeps their values the same.
  it.each([
    ['api/service-page/content-types/service-page/schema.json', 'taskType', TASK_TYPES],
    ['api/support-level/content-types/support-level/schema.json', 'key', SUPPORT_LEVEL_KEYS],
    ['api/alert-banner/content-types/alert-banner/schema.json', 'severity', BANNER_SEVERITIES],
    ['api/alert-banner/content-types/alert-banner/schema.json', 'scope', BANNER_SCOPES],
    ['api/site-setting/content-types/site-setting/schema.json', 'phase', SITE_PHASES],
    ['components/hub/opening-time.json', 'day', WEEKDAYS],
    ['components/service/contact-channel.json', 'kind', CONTACT_CHANNEL_KINDS],
    ['components/service/expected-response.json', 'unit', RESPONSE_UNITS],
  ])('%s %s lists the domain’s values', (file, attribute, values) => {
    expect(enumIn(file, attribute)).toEqual([...values]);
  });
});

describe('a contract reads both shapes Strapi gives', () => {
  const hub = {
    documentId: 'h1',
    name: 'Kestrel Vale Community Centre',
    slug: 'kestrel-vale-community-centre',
    summary: 'Help with forms',
    address: '1 Vale Road',
    town: 'Bramblewick',
    postcode: 'BW1 1AA',
    latitude: 52.1,
    longitude: -1.2,
    helpAvailable: [{ type: 'paragraph', children: [{ type: 'text', text: 'Help' }] }],
    accessibility: 'Step-free',
    phone: null,
    email: null,
    updatedAt: '2026-12-01T10:00:00.000Z',
  };

  it('takes GraphQL’s underscores and null lists, and the Document Service’s hyphens and seconds', () => {
    const fromGraphql = communityHubContract.schema.parse({
      ...hub,
      openingTimes: [{ day: 'monday', opens: '09:00:00.000', closes: '17:00:00.000', note: null }, null],
    });
    const fromDraft = communityHubContract.schema.parse({
      ...hub,
      id: 7,
      openingTimes: [{ id: 1, day: 'monday', opens: '09:00', closes: '17:00', note: null }],
    });
    expect(fromGraphql).toEqual(fromDraft);
    expect(fromDraft.openingTimes).toEqual([{ day: 'monday', opens: '09:00', closes: '17:00', note: null }]);
    expect(communityHubContract.schema.parse({ ...hub, openingTimes: null }).openingTimes).toEqual([]);
  });

  it('names every problem with a draft at once, each by its field', () => {
    const problems = contractProblems(servicePageContract, {
      documentId: 'p1',
      title: 'Half-finished page',
      slug: 'half-finished-page',
      summary: 'Not ready',
      body: [],
      taskType: 'action',
      isTopTask: false,
      lgslCode: null,
      updatedAt: '2026-12-01T10:00:00.000Z',
      serviceArea: null,
      supportLevel: null,
      expectedResponse: null,
      contactChannels: [],
      relatedPages: [],
      communityHubs: [],
      form: null,
    });
    expect(problems).toEqual([
      'body: Write the body text before publishing',
      'serviceArea: Choose a service area before publishing',
      'supportLevel: Choose a support level before publishing',
      'expectedResponse: Say when residents can expect a reply for a task page',
    ]);
  });

  it('checks what depends on other entries only when publishing', () => {
    const page = {
      documentId: 'p2',
      title: 'Pay for it',
      slug: 'pay-for-it',
      summary: 'Pay',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Pay online.' }] }],
      taskType: 'information',
      isTopTask: false,
      lgslCode: null,
      updatedAt: '2026-12-01T10:00:00.000Z',
      serviceArea: { title: 'Money', slug: 'money' },
      supportLevel: { key: 'level_1', name: 'Online', summary: 'Do it online' },
      expectedResponse: null,
      contactChannels: [],
      relatedPages: [],
      communityHubs: [],
      form: null,
    };
    // The site still renders it if the form it had is unpublished later...
    expect(servicePageContract.schema.safeParse(page).success).toBe(true);
    // ...but it cannot be published like that.
    expect(contractProblems(servicePageContract, page)).toEqual([
      expect.stringMatching(/^supportLevel: A level 1 page/),
    ]);
  });
});
