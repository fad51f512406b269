import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/cms/paths';

const COMMITTED = path.join(REPO_ROOT, 'site/src/lib/graphql/__generated__');

it('the committed typed operations match schema.graphql and the queries (run `npm run codegen`)', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'doorstep-codegen-'));
  try {
    execFileSync(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, CODEGEN_OUT: `${out}/` },
        stdio: 'pipe',
      },
    );
    const generated = readdirSync(out).sort();
    expect(readdirSync(COMMITTED).sort()).toEqual(generated);
    for (const file of generated) {
      expect(readFileSync(path.join(COMMITTED, file), 'utf8'), `${file} is stale`).toBe(
        readFileSync(path.join(out, file), 'utf8'),
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
