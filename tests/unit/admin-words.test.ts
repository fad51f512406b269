import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { adminWords } from '../../cms/src/admin/words';
import { COMPONENTS, type Wanted } from '../../cms/src/content/admin-words';
import { supportLevelLabel } from '../../cms/src/content/support-level-label';
import { CONTENT_TYPES } from '../../cms/src/forms/admin-layouts';
import { FIELDS as REVIEW_FIELDS } from '../../cms/src/reviews/labels';
import { CMS_DIR } from '../../scripts/lib/cms/paths';

/**
 * Every field editors see has a label and help text in plain English (issue 17, item 6),
 * read from the schema files, so a new field cannot reach the admin under its API name.
 */
const EDITORIAL = [
  'service-page',
  'info-page',
  'community-hub',
  'alert-banner',
  'form-definition',
  'service-area',
  'support-level',
  'site-setting',
  'search-synonym',
  'search-best-bet',
];

type Attributes = Record<string, { type: string; relation?: string }>;
const attributesOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { attributes: Attributes }).attributes;

const types = EDITORIAL.map((name) => ({
  uid: `api::${name}.${name}`,
  attributes: attributesOf(path.join(CMS_DIR, 'src/api', name, 'content-types', name, 'schema.json')),
}));
const components = readdirSync(path.join(CMS_DIR, 'src/components')).flatMap((category) =>
  readdirSync(path.join(CMS_DIR, 'src/components', category)).map((file) => ({
    uid: `${category}.${file.replace(/\.json$/, '')}`,
    attributes: attributesOf(path.join(CMS_DIR, 'src/components', category, file)),
  })),
);

/** The words each field has, with the review dates' own (cms/src/reviews/labels.ts) on the pages that have them. */
function wordsFor(uid: string, wanted: Record<string, Wanted>): Wanted['fields'] {
  const fields = wanted[uid]?.fields ?? {};
  return uid === 'api::service-page.service-page' || uid === 'api::info-page.info-page'
    ? { ...fields, ...REVIEW_FIELDS }
    : fields;
}

/** An API name shows itself: camelCase, a hyphen or underscore between words, or all lower case. */
const looksLikeApiName = (label: string) => /[a-z][A-Z]|[a-z][-_][a-z]/.test(label) || label === label.toLowerCase();

function missingWords(models: Array<{ uid: string; attributes: Attributes }>, wanted: Record<string, Wanted>) {
  return models.flatMap(({ uid, attributes }) => {
    const words = wordsFor(uid, wanted);
    return Object.keys(attributes).flatMap((name) => {
      const field = words[name];
      if (!field) return [`${uid} ${name}: no label`];
      const problems: string[] = [];
      if (looksLikeApiName(field.label)) problems.push(`${uid} ${name}: label "${field.label}" reads like an API name`);
      if (!field.description?.trim()) problems.push(`${uid} ${name}: no help text`);
      return problems;
    });
  });
}

describe('every field editors see, in the council’s words', () => {
  it('reads the schemas (the checks below check something)', () => {
    expect(types).toHaveLength(10);
    expect(components.map(({ uid }) => uid)).toEqual(expect.arrayContaining(['form.condition', 'hub.opening-time']));
    expect(Object.keys(types.find(({ uid }) => uid === 'api::service-page.service-page')!.attributes)).toEqual(
      expect.arrayContaining(['serviceArea', 'isTopTask', 'reviewBy']),
    );
  });

  it('labels every attribute of the editorial content types, with help text', () => {
    expect(missingWords(types, CONTENT_TYPES)).toEqual([]);
  });

  it('labels every attribute of every component, with help text', () => {
    expect(missingWords(components, COMPONENTS)).toEqual([]);
  });

  it('labels the fields editors asked about in plain words', () => {
    const servicePage = wordsFor('api::service-page.service-page', CONTENT_TYPES);
    expect([servicePage.serviceArea?.label, servicePage.isTopTask?.label, servicePage.reviewBy?.label]).toEqual([
      'Service area',
      'Top task',
      'Review by',
    ]);
  });

  it('shows a support level by its number and name where editors choose one', () => {
    expect(CONTENT_TYPES['api::service-page.service-page']?.fields.supportLevel?.mainField).toBe('label');
    expect(CONTENT_TYPES['api::support-level.support-level']?.settings?.mainField).toBe('label');
    expect(supportLevelLabel(2, 'Online, with help if you need it')).toBe('Level 2: Online, with help if you need it');
  });

  it('names only real fields, real relation targets’ fields and real list columns', () => {
    const problems = types.flatMap(({ uid, attributes }) => {
      const wanted = CONTENT_TYPES[uid];
      // Strapi's timestamps are fields of every type, though not in its schema file.
      const known = new Set([...Object.keys(attributes), 'createdAt', 'updatedAt', 'publishedAt']);
      return [
        ...Object.keys(wanted?.fields ?? {}).filter((name) => !known.has(name)),
        ...(wanted?.list ?? []).filter((name) => !known.has(name)),
        ...(wanted?.list ?? [])
          .filter((name) => !wordsFor(uid, CONTENT_TYPES)[name])
          .map((name) => `${name} unlabelled`),
      ].map((problem) => `${uid}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('lists service pages with the columns editors need', () => {
    expect(CONTENT_TYPES['api::service-page.service-page']?.list).toEqual([
      'title',
      'supportLevel',
      'serviceArea',
      'updatedAt',
      'reviewBy',
    ]);
    expect(CONTENT_TYPES['api::info-page.info-page']?.list).toEqual(['title', 'owner', 'reviewBy', 'updatedAt']);
  });
});

describe('the admin’s own words name the council (cms/src/admin/words.ts)', () => {
  it('puts the name in the sign-in title, the home page and the menu', () => {
    const words = adminWords('Bramblewick Borough Council');
    expect(new IntlMessageFormat(words['Auth.form.welcome.title']!, 'en-GB').format()).toBe(
      'Sign in to Bramblewick Borough Council',
    );
    expect(words['app.components.LeftMenu.navbrand.title']).toBe('Bramblewick Borough Council');
    expect(Object.values(words).join(' ')).not.toMatch(/Strapi/);
  });

  it('makes messages the admin can format for any name, with the name as written (less { } < >)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (council) => {
        const shown = council.replace(/[{}<>]/g, '');
        const formatted = new IntlMessageFormat(adminWords(council)['Auth.form.welcome.title']!, 'en-GB').format();
        expect(formatted).toBe(`Sign in to ${shown}`);
        for (const message of Object.values(adminWords(council))) new IntlMessageFormat(message, 'en-GB').format();
      }),
      { numRuns: 500 },
    );
    expect(new IntlMessageFormat(adminWords("King's Lynn")['Auth.form.welcome.title']!, 'en-GB').format()).toBe(
      "Sign in to King's Lynn",
    );
  });
});
