import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../site/server/run-captured';

const node = (script: string, timeoutMs = 10_000) =>
  runCaptured(process.execPath, ['-e', script], { cwd: tmpdir(), timeoutMs, tailChars: 200 });

describe('running a build command', () => {
  it('resolves quietly when it succeeds', async () => {
    await expect(node('console.log("built 12 pages")')).resolves.toBeUndefined();
  });

  it('puts the end of the output, then of the errors, in the message when it fails', async () => {
    // exitCode, not exit(): exit() may drop stdout still queued for the pipe, which is the child's loss, not ours.
    const script =
      'for (let i = 0; i < 500; i++) console.log("page " + i); console.error("servicePages[3].slug: Enter a slug"); process.exitCode = 3';
    const message = await node(script).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(message).toMatch(
      /exited with code 3\n--- last output ---\n[\s\S]*\npage 499\n--- errors ---\nservicePages\[3\]\.slug: Enter a slug$/,
    );
    expect(message).not.toContain('page 1\n');
  });

  it('stops a build that runs past its time limit', async () => {
    await expect(node('setTimeout(() => {}, 60_000)', 300)).rejects.toThrow(
      /was stopped by SIGTERM after the time limit of 0.3 s \(no output\)/,
    );
  });

  it('says when the command cannot start', async () => {
    await expect(runCaptured('/no/such/command', [], { cwd: tmpdir(), timeoutMs: 1000 })).rejects.toThrow(
      /could not run: spawn \/no\/such\/command ENOENT/,
    );
  });
});
