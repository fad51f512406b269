/**
 * The CMS instances the site server sends web form submissions to (and reads content
 * from for builds). Each is asked `GET /_health` every few seconds; a submission goes
 * to the next healthy one in turn, and on to another when one fails it. One that
 * failed a submission counts as down until its health check answers again. When none
 * is known to be healthy, all are tried: a stale check must not refuse a resident.
 */
export interface Upstreams {
  /** Every instance, the one whose turn it is first, the healthy ones before the rest. */
  order(): string[];
  /** An instance that failed a request: skipped until its health check answers. */
  markDown(url: string): void;
  stop(): void;
}

export interface UpstreamOptions {
  /** How often each instance is checked. */
  intervalMs?: number;
  /** How long a health check may take. */
  checkTimeoutMs?: number;
}

export function createUpstreams(urls: readonly string[], options: UpstreamOptions = {}): Upstreams {
  if (urls.length === 0) throw new Error('Give at least one CMS address');
  const { intervalMs = 2000, checkTimeoutMs = 1000 } = options;
  const healthy = new Map(urls.map((url) => [url, true]));
  let turn = 0;

  async function check(url: string): Promise<void> {
    try {
      const answer = await fetch(new URL('/_health', url), { signal: AbortSignal.timeout(checkTimeoutMs) });
      healthy.set(url, answer.status < 500);
    } catch {
      healthy.set(url, false);
    }
  }
  // With one instance there is nowhere else to go: no checks needed.
  const timer = urls.length > 1 ? setInterval(() => void Promise.all(urls.map(check)), intervalMs).unref() : undefined;

  return {
    order() {
      const rotated = urls.map((_, index) => urls[(turn + index) % urls.length]!);
      turn = (turn + 1) % urls.length;
      return [...rotated.filter((url) => healthy.get(url)), ...rotated.filter((url) => !healthy.get(url))];
    },
    markDown(url) {
      healthy.set(url, false);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
