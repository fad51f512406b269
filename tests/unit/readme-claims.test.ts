import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bramblewick } from '@doorstep/demo';
import { describe, expect, it } from 'vitest';
import { readyLines } from '../../scripts/lib/ready-banner';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('what the README says', () => {
  it('shows what npm start prints, a login for every role', () => {
    const password = '<generated password>';
    const lines = readyLines(
      {
        EDITOR_EMAIL: 'editor@bramblewick.example',
        EDITOR_PASSWORD: password,
        AUTHOR_EMAIL: 'author@bramblewick.example',
        AUTHOR_PASSWORD: password,
        SERVICE_TEAM_EMAIL: 'caseworker@bramblewick.example',
        SERVICE_TEAM_PASSWORD: password,
        ADMIN_EMAIL: 'admin@bramblewick.example',
        ADMIN_PASSWORD: password,
      },
      'http://127.0.0.1:1080/',
    );
    expect(readme).toContain(lines.join('\n'));
  });

  it('counts the demo council’s web forms as they are', () => {
    const tasks = bramblewick.forms.filter((form) => form.slug !== 'every-field-type').length;
    expect(readme).toContain(
      `(the demo council has ${tasks}, one per task, plus a test form with every kind of question)`,
    );
  });
});
