import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { SubmitInput } from './submissions';

/** The same value, whatever order its keys came in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

async function fileDigest(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * What a submission request asked for, as a SHA-256: the form, the answers as sent and
 * each file's bytes. Kept with the submission, so a retry under the same Idempotency-Key
 * can be told from a different request reusing it.
 */
export async function fingerprintRequest(input: Pick<SubmitInput, 'slug' | 'answers' | 'uploads'>): Promise<string> {
  const files = await Promise.all(
    Object.entries(input.uploads ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([name, list]) => [name, await Promise.all(list.map((file) => fileDigest(file.filepath)))]),
  );
  return createHash('sha256')
    .update(JSON.stringify([input.slug, canonical(input.answers), files]))
    .digest('hex');
}
