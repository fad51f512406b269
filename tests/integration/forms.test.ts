import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ seed: true });
});

afterAll(async () => {
  await cms?.stop();
});

const forms = () => cms.strapi.documents('api::form-definition.form-definition');

const base = {
  title: 'Broken form',
  slug: 'broken-form',
  checkAnswers: true,
  confirmation: 'We will reply.',
  expectedResponse: { amount: 5, unit: 'working-days' },
  retentionDays: 30,
};

describe('web form definitions', () => {
  it('seeds the demo forms, each published as version 1', async () => {
    const published = await forms().findMany({ status: 'published', fields: ['slug', 'version'], limit: 100 });
    const { demoForms } = await import('@doorstep/demo');
    expect(published.map((form) => form.slug).sort()).toEqual(demoForms.map((form) => form.slug).sort());
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(new Set(published.map((form) => form.version))).toEqual(new Set([1]));
  });

  it('numbers each publish as a new version', async () => {
    const [form] = await forms().findMany({ filters: { slug: 'blue-badge-enquiry' } });
    await forms().update({ documentId: form!.documentId, data: { introduction: 'Reworded' } as never });
    await forms().publish({ documentId: form!.documentId });
    const live = await forms().findOne({ documentId: form!.documentId, status: 'published' });
    expect(live?.version).toBe(2);
    expect(live?.introduction).toBe('Reworded');
  });

  it('checks submissions against the newly published version at once', async () => {
    const submit = () =>
      fetch(`${cms.url}/api/forms/blue-badge-enquiry/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ answers: {} }),
      });
    await submit(); // the live version is now cached
    const [form] = await forms().findMany({ filters: { slug: 'blue-badge-enquiry' } });
    const { questions } = (await forms().findOne({
      documentId: form!.documentId,
      populate: { questions: { populate: '*' } },
    } as never)) as unknown as { questions: Array<Record<string, unknown>> };
    const renamed = questions.map(({ id: _id, ...question }) =>
      question.label === 'Full name'
        ? { ...question, label: 'Your full name', errorName: 'your name in full' }
        : question,
    );
    await forms().update({ documentId: form!.documentId, data: { questions: renamed } as never });
    await forms().publish({ documentId: form!.documentId });
    const body = JSON.stringify(await (await submit()).json());
    expect(body).toContain('Enter your name in full');
  });

  it('refuses to publish a broken definition, naming every problem at once by its place in the list, from 1', async () => {
    const created = await forms().create({
      data: {
        ...base,
        questions: [
          { __component: 'form.page-break', pageId: 'one', showIf: [{ field: 'missing', equals: 'yes' }] },
          { __component: 'form.short-text', name: 'name', label: 'Name', optional: false, maxLength: 100 },
          { __component: 'form.short-text', name: 'name', label: 'Name again', optional: false, maxLength: 100 },
          { __component: 'form.radios', name: 'colour', label: 'Colour', optional: false, options: [] },
        ],
      } as never,
    });
    const attempt = forms().publish({ documentId: created.documentId });
    await expect(attempt).rejects.toThrow(/"Broken form" cannot be published yet/);
    const message = await attempt.catch((error: Error) => error.message);
    // Every problem at once, each by the question's place counted from 1 and its label, in words.
    expect(message).toContain(
      'Question 1, one (show only if, condition 1, question): There is no question called "missing"',
    );
    expect(message).toContain('Question 3, Name again (name): Another question is already called "name"');
    expect(message).toContain('Question 4, Colour (options): Give "colour" at least two options');
    expect(await forms().findOne({ documentId: created.documentId, status: 'published' })).toBeNull();
  });

  it('refuses a form no one can finish', async () => {
    await expect(
      forms().create({
        data: {
          ...base,
          slug: 'dead-end',
          questions: [
            { __component: 'form.yes-no', name: 'ok', label: 'OK?', optional: false },
            {
              __component: 'form.exit-page',
              pageId: 'yes',
              title: 'Stop',
              body: 'Call us',
              showIf: [{ field: 'ok', equals: 'yes' }],
            },
            {
              __component: 'form.exit-page',
              pageId: 'no',
              title: 'Stop',
              body: 'Call us',
              showIf: [{ field: 'ok', equals: 'no' }],
            },
          ],
        } as never,
        status: 'published',
      }),
    ).rejects.toThrow(/Every set of answers leads to an exit page, so no one can finish the form/);
  });

  it('serves published forms over GraphQL, without the team’s notification address', async () => {
    const result = await cms.graphql(`{
      formDefinitions(filters: { slug: { eq: "report-a-missed-bin" } }) {
        title version questions { __typename ... on ComponentFormRadios { name options { value label } } }
      }
    }`);
    expect(result.status).toBe(200);
    const form = (
      result.body.data as { formDefinitions: Array<{ title: string; questions: Array<{ __typename: string }> }> }
    ).formDefinitions[0];
    expect(form?.title).toBe('Report a missed bin');
    expect(form?.questions.map((question) => question.__typename)).toContain('ComponentFormRadios');
    const leak = await cms.graphql('{ formDefinitions { notificationEmail } }');
    expect(leak.status).toBe(400);
  });
});
