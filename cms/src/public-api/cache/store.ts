import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

/** An answer kept: its body as sent, the headers the handlers downstream of the cache set, its ETag. */
export interface CachedAnswer {
  body: Buffer;
  headers: ReadonlyArray<readonly [string, string]>;
  etag: string;
}

/** API_CACHE_MB: the cache's size in megabytes of answers; 0 turns it off. */
const megabytes = z.coerce
  .number({ error: 'API_CACHE_MB must be a number of megabytes, like 32 (0 turns the API cache off)' })
  .min(0, { error: 'API_CACHE_MB must be 0 or more' })
  .max(65_536, { error: 'API_CACHE_MB can be at most 65536' })
  .default(32);

export function cacheBytes(setting: string | undefined): number {
  return Math.floor(megabytes.parse(setting === '' ? undefined : setting) * 1024 * 1024);
}

/** Least recently used answers go first once their bytes reach `maxBytes`; one answer may fill at most a quarter. */
export function answerStore(maxBytes: number): LRUCache<string, CachedAnswer> {
  return new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    sizeCalculation: (answer, key) =>
      answer.body.length +
      key.length +
      answer.etag.length +
      answer.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0),
  });
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

export const keyOf = (generation: number, parts: unknown[]): string => sha256(JSON.stringify([generation, ...parts]));

/** A strong ETag: the body's own hash, so the same answer under a later generation keeps its ETag. */
export const etagOf = (body: Buffer): string => `"${sha256(body)}"`;

/** If-None-Match: `*`, or a list of ETags, weak or strong (RFC 9110 13.1.2 compares them weakly). */
export function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
