import { randomBytes } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { fileStore } from './file-store';

/**
 * Files residents attach to a form (a photo of a verge, evidence for a blue badge).
 * They are personal data, so they never go in Strapi's media library, whose files
 * are public: they are kept in private storage (file-store.ts), named by a random
 * id, read only by the service team's email and deleted with their submission.
 */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

/** The file's real type from its first bytes; a browser's claimed type is not trusted. */
export function sniffType(head: Uint8Array): string {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  const ascii = (offset: number, text: string) =>
    [...text].every((character, index) => head[offset + index] === character.charCodeAt(0));
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(4, 'ftypheic') || ascii(4, 'ftypheix') || ascii(4, 'ftypmif1')) return 'image/heic';
  if (ascii(0, '%PDF-')) return 'application/pdf';
  return 'application/octet-stream';
}

/** Copies an upload into private storage, in the caller's transaction, before the submission is answered. */
export async function storeFile(
  strapi: Core.Strapi,
  fromPath: string,
  name: string,
  type: string,
): Promise<StoredFile> {
  const id = randomBytes(16).toString('hex');
  const content = await readFile(fromPath);
  await fileStore(strapi).put(id, content);
  return { id, name, size: content.length, type };
}

/** Types the sniffer knows: a file claiming one of these must really be one. */
const SNIFFED = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'application/pdf']);

/**
 * An upload's size and type. A type we can recognise is taken from the bytes (a
 * script renamed photo.jpg is not a JPEG); for others (text, office documents) the
 * browser's claim is all there is.
 */
export async function inspectUpload(filePath: string, claimedType: string): Promise<{ size: number; type: string }> {
  const { size } = await stat(filePath);
  const handle = await open(filePath, 'r');
  try {
    const head = new Uint8Array(16);
    await handle.read(head, 0, 16, 0);
    const sniffed = sniffType(head);
    if (sniffed !== 'application/octet-stream' || SNIFFED.has(claimedType)) return { size, type: sniffed };
    return { size, type: claimedType || 'application/octet-stream' };
  } finally {
    await handle.close();
  }
}

/** The ids of every stored file in a submission's answers. */
export function fileIdsIn(answers: unknown): string[] {
  if (typeof answers !== 'object' || answers === null) return [];
  return Object.values(answers).flatMap((value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? [(value as { id: string }).id]
      : [],
  );
}
