import { checkPage } from './fake-site';
import { request, type IncomingHttpHeaders } from 'node:http';

/** fetch, without following redirects, with the body read as text. */
export async function get(url: string): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/**
 * GET with the request target sent exactly as given: fetch and URL tidy away `..` and
 * `//`, which is just what an attacker's own client would not do.
 */
export function rawGet(
  base: string,
  target: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Polls until `check` passes, failing with a clear message after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Keeps 16 residents asking for pages (and a folder redirect) until `done` settles;
 * returns every wrong answer and the builds seen.
 */
export async function readPagesUntil(
  base: string,
  done: Promise<unknown>,
): Promise<{ problems: string[]; seen: Set<string>; requests: number }> {
  let reading = true;
  const finished = done.finally(() => (reading = false));
  const seen = new Set<string>();
  const problems: string[] = [];
  let requests = 0;
  const resident = async (offset: number) => {
    for (let i = offset; reading; i += 1) {
      const target = ['/', '/bins/', '/bins'][i % 3] ?? '/';
      const response = await rawGet(base, target);
      requests += 1;
      if (target === '/bins') {
        if (response.status !== 301) problems.push(`/bins: ${response.status}`);
        continue;
      }
      const result = checkPage(response.status, response.body);
      if ('problem' in result) problems.push(`${target}: ${result.problem}`);
      else seen.add(result.build);
    }
  };
  await Promise.all([finished, ...Array.from({ length: 16 }, (_, offset) => resident(offset))]);
  return { problems, seen, requests };
}
