import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../../scripts/lib/cms/throwaway';
import { adminToken } from '../support/admin';

/**
 * A refused publish keeps the editor's edits (issue 17, item 6): the admin panel's
 * Publish sends the unsaved edits with it, as here, through the content manager's own
 * API as the Editor role. The publish rules refuse; the edits are the draft after it,
 * and the live page is as it was.
 */
const EDITOR = { email: 'editor@refused-publish.example', password: 'Editor-password-1' };
const PAGES = 'api::service-page.service-page';

let cms: TestCms;
let token = '';

beforeAll(async () => {
  cms = await startCms({ seed: true, env: { EDITOR_EMAIL: EDITOR.email, EDITOR_PASSWORD: EDITOR.password } });
  token = await adminToken(cms.url, EDITOR);
});

afterAll(async () => {
  await cms?.stop();
});

const headers = () => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

async function draftOf(documentId: string): Promise<{ summary: string }> {
  const response = await fetch(`${cms.url}/content-manager/collection-types/${PAGES}/${documentId}`, {
    headers: headers(),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { summary: string } }).data;
}

describe('a publish the rules refuse', () => {
  it('keeps the edits sent with it as the draft, lists every problem, and leaves the live page alone', async () => {
    const page = (await cms.strapi.documents(PAGES).findFirst({
      status: 'published',
      fields: ['summary', 'title'],
    })) as unknown as { documentId: string; summary: string; title: string };
    const edited = `${page.summary} Edited before a refused publish.`;

    const refused = await fetch(
      `${cms.url}/content-manager/collection-types/${PAGES}/${page.documentId}/actions/publish`,
      {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({
          summary: edited,
          // Two headings residents' pages cannot carry (the page's title is its only h1): two problems.
          body: [
            { type: 'heading', level: 1, children: [{ type: 'text', text: 'Big' }] },
            { type: 'heading', level: 1, children: [{ type: 'text', text: 'Bigger' }] },
          ],
        }),
      },
    );
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { name: string; message: string } };
    expect(error.name).toBe('ValidationError');
    expect(error.message).toContain(`"${page.title}" cannot be published yet`);
    expect(error.message).toMatch(/Page content, block 1: /);
    expect(error.message).toMatch(/Page content, block 2: /);
    expect(error.message).toContain('Your changes are saved as a draft.');

    expect((await draftOf(page.documentId)).summary).toBe(edited);
    const live = (await cms.strapi.documents(PAGES).findOne({
      documentId: page.documentId,
      status: 'published',
      fields: ['summary'],
    })) as unknown as { summary: string };
    expect(live.summary).toBe(page.summary);
  });

  it('changes nothing when the publish is refused for another reason: a document that does not exist', async () => {
    const missing = await fetch(
      `${cms.url}/content-manager/collection-types/${PAGES}/no-such-document/actions/publish`,
      {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({ summary: 'Nobody' }),
      },
    );
    expect(missing.status).toBe(404);
    expect(await cms.strapi.documents(PAGES).count({ filters: { summary: 'Nobody' } } as never)).toBe(0);
  });
});
