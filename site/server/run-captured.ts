/**
 * Runs a command quietly, keeping only the end of its output: when a build fails, the
 * last lines say why, and they go into the error message, the log and /__doorstep/status.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface RunCapturedOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The command is killed after this long: a hung build must not block every later one. */
  timeoutMs: number;
  /** Characters kept from the end of each of stdout and stderr. */
  tailChars?: number;
  signal?: AbortSignal;
}

export function runCaptured(command: string, args: string[], options: RunCapturedOptions): Promise<void> {
  const { cwd, env, timeoutMs, tailChars = 4000, signal } = options;
  const label = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      // No colours: the tail is read in JSON and log files, not a terminal.
      env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      signal,
    });
    // Two tails, not one: lines from two pipes arrive in no reliable order, and the
    // error itself is usually the end of stderr.
    const output = tailOf(child.stdout, tailChars);
    const errors = tailOf(child.stderr, tailChars);
    const fail = (what: string) => {
      const sections = [
        output.text().trim() && `\n--- last output ---\n${output.text().trim()}`,
        errors.text().trim() && `\n--- errors ---\n${errors.text().trim()}`,
      ].join('');
      reject(new Error(`"${label}" ${what}${sections || ' (no output)'}`));
    };
    child.on('error', (error) => fail(`could not run: ${error.message}`));
    child.on('close', (code, killedBy) => {
      if (code === 0) resolve();
      else if (!killedBy) fail(`exited with code ${code}`);
      else if (signal?.aborted) fail(`was stopped by ${killedBy} (shutting down)`);
      else if (Date.now() - started >= timeoutMs)
        fail(`was stopped by ${killedBy} after the time limit of ${timeoutMs / 1000} s`);
      else fail(`was killed by ${killedBy}`);
    });
  });
}

function tailOf(stream: Readable, chars: number): { text(): string } {
  let tail = '';
  stream.setEncoding('utf8'); // decodes characters split across chunks
  stream.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-chars);
  });
  return { text: () => tail };
}
