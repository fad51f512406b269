import { allFields, definitionFromCms, formDefinitionSchema, type FormDefinitionInput } from '@doorstep/domain';
import { describe, expect, it } from 'vitest';
import { cmsQuestions, formDefinitionRules } from '../../cms/src/forms/publish-rule';
import { servicePages } from '@doorstep/demo';
import { demoForms, notificationEmails } from '@doorstep/demo';
import { toCmsQuestions } from '@doorstep/domain';

/**
 * The demo council's forms as the seed publishes them: each must pass the same
 * check the CMS runs on publish, and every "Start now" on a service page must
 * lead to one of them, so no resident following a demo link meets a 404.
 */

/** The council loader's rule (cms/src/council/load.ts): an online channel to /forms/<slug>/ is the page's form. */
const FORM_PATH = /^\/forms\/([a-z0-9-]+)\/$/;
const TEST_ONLY = new Set(['every-field-type']);
/** The submission endpoint's limit on all the files in one submission (MAX_UPLOAD_BYTES). */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const formSlugs = new Set(demoForms.map((form) => form.slug));

/** The form as the Document Service hands it to the publish rule: dynamic zone entries carry `__component`. */
function draftOf(form: FormDefinitionInput): Record<string, unknown> {
  return {
    slug: form.slug,
    title: form.title,
    introduction: form.introduction ?? null,
    questions: toCmsQuestions(form),
    checkAnswers: form.checkAnswers ?? true,
    confirmation: form.confirmation,
    expectedResponse: form.expectedResponse,
    retentionDays: form.retentionDays,
  };
}

function formLinksOf(page: (typeof servicePages)[number]): string[] {
  return page.contactChannels.flatMap((channel) => {
    const match = channel.kind === 'online' ? FORM_PATH.exec(channel.value) : null;
    return match ? [match[1]!] : [];
  });
}

/** Every link URL anywhere in a page's rich text body. */
function bodyLinks(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(bodyLinks);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'link' && typeof record.url === 'string' ? [record.url] : [];
  return [...own, ...bodyLinks(record.children)];
}

/** Every string in a form definition: labels, hints, bodies, confirmation. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

describe('the demo council’s forms', () => {
  it('has no two forms with the same slug', () => {
    expect(formSlugs.size).toBe(demoForms.length);
  });

  it.each(demoForms.map((form) => [form.slug, form] as const))(
    '%s can be published: it survives the CMS shape with no problems',
    (_slug, form) => {
      const draft = draftOf(form);
      const { definition, problems } = definitionFromCms({
        slug: form.slug,
        title: form.title,
        introduction: form.introduction,
        questions: cmsQuestions(draft),
        checkAnswers: form.checkAnswers ?? true,
        confirmation: form.confirmation,
        expectedResponse: form.expectedResponse,
        retentionDays: form.retentionDays,
      });
      expect(problems).toEqual([]);
      // The round trip through the CMS changes nothing.
      expect(definition).toEqual(formDefinitionSchema.parse(form));
      // And the publish rule itself agrees.
      expect(formDefinitionRules.check(draft)).toEqual([]);
    },
  );

  it('every form has a service team inbox at the council', () => {
    const missing = demoForms.filter(
      (form) => !/^[a-z.-]+@bramblewick\.example$/.test(notificationEmails[form.slug] ?? ''),
    );
    expect(missing.map((form) => form.slug)).toEqual([]);
    expect(Object.keys(notificationEmails).filter((slug) => !formSlugs.has(slug))).toEqual([]);
  });

  it('no form asks for more files than one submission can carry', () => {
    const tooBig = demoForms.filter((form) => {
      const files = allFields(formDefinitionSchema.parse(form)).filter((field) => field.kind === 'file');
      return files.reduce((total, field) => total + field.maxBytes, 0) > MAX_UPLOAD_BYTES;
    });
    expect(tooBig.map((form) => form.slug)).toEqual([]);
  });

  it('uses only made-up phone numbers and email addresses', () => {
    const problems = demoForms.flatMap((form) =>
      textsOf(form).flatMap((text) => [
        ...(text.match(/\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b/g) ?? [])
          .filter((phone) => !/^01632960\d{3}$/.test(phone.replace(/ /g, '')))
          .map((phone) => `${form.slug}: ${phone}`),
        ...(text.match(/[\w.-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])
          .filter((email) => !email.endsWith('@bramblewick.example'))
          .map((email) => `${form.slug}: ${email}`),
      ]),
    );
    expect(problems).toEqual([]);
  });
});

describe('service pages and their forms', () => {
  it('every online channel to /forms/ names a demo form, in the form the seed recognises', () => {
    const broken = servicePages.flatMap((page) =>
      page.contactChannels
        .filter((channel) => channel.kind === 'online' && channel.value.startsWith('/forms/'))
        .filter((channel) => {
          const slug = FORM_PATH.exec(channel.value)?.[1];
          return !slug || !formSlugs.has(slug);
        })
        .map((channel) => `${page.slug}: ${channel.value}`),
    );
    expect(broken).toEqual([]);
  });

  it('every link to /forms/ in a page body names a demo form', () => {
    const broken = servicePages.flatMap((page) =>
      bodyLinks(page.body)
        .filter((url) => url.startsWith('/forms/'))
        .filter((url) => !formSlugs.has(FORM_PATH.exec(url)?.[1] ?? ''))
        .map((url) => `${page.slug}: ${url}`),
    );
    expect(broken).toEqual([]);
  });

  it('each page starts at most one form', () => {
    const many = servicePages.filter((page) => formLinksOf(page).length > 1).map((page) => page.slug);
    expect(many).toEqual([]);
  });

  it('every demo form, except the test form, is linked from a service page', () => {
    const linked = new Set(servicePages.flatMap(formLinksOf));
    const orphans = demoForms.filter((form) => !TEST_ONLY.has(form.slug) && !linked.has(form.slug));
    expect(orphans.map((form) => form.slug)).toEqual([]);
  });

  it('a form promises the same reply time as the service page whose main online task it is', () => {
    const bySlug = new Map(demoForms.map((form) => [form.slug, form]));
    // A form offered second, like "Ask about your application" beside "Apply on GOV.UK", answers a different question.
    const mainTask = (page: (typeof servicePages)[number]) =>
      page.contactChannels.find((channel) => channel.kind === 'online')?.value ?? '';
    const mismatches = servicePages.flatMap((page) =>
      formLinksOf(page).flatMap((slug) => {
        const form = bySlug.get(slug);
        if (!form || !page.expectedResponse || mainTask(page) !== `/forms/${slug}/`) return [];
        const promised = formDefinitionSchema.shape.expectedResponse.parse(form.expectedResponse);
        const { amount, unit } = page.expectedResponse;
        return promised.amount === amount && promised.unit === unit
          ? []
          : [`${page.slug} (${amount} ${unit}) → ${slug} (${promised.amount} ${promised.unit})`];
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('links that are not forms, like payments and look-ups, go to https addresses', () => {
    const insecure = servicePages.flatMap((page) =>
      page.contactChannels
        .filter((channel) => channel.kind === 'online' && !channel.value.startsWith('/'))
        .filter((channel) => !channel.value.startsWith('https://'))
        .map((channel) => `${page.slug}: ${channel.value}`),
    );
    expect(insecure).toEqual([]);
  });
});
