/**
 * A token bucket per client: `perMinute` submissions a minute on average, bursts up
 * to `burst`. Kept in memory: one CMS process counts its own clients, which is what
 * stops a script hammering one form; a shared store is for when the CMS scales out.
 */
export interface RateLimiter {
  /** Takes a token; returns 0 when allowed, otherwise the seconds to wait. */
  take(client: string, now?: number): number;
}

export function createRateLimiter({ perMinute, burst }: { perMinute: number; burst: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  const MAX_CLIENTS = 100_000;

  return {
    take(client, now = Date.now()) {
      const bucket = buckets.get(client) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      if (buckets.size >= MAX_CLIENTS && !buckets.has(client)) buckets.clear(); // bounded memory under a flood
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    },
  };
}
