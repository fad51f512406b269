import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Context } from 'koa';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema, POSTED, ukDate } from '@doorstep/domain';
import { z } from 'zod';
import type { SubmitInput, Upload } from './submissions';

/**
 * Reads a submission from whatever a browser sent: JSON from the form runner, or
 * the fields of a plain HTML form (urlencoded, or multipart when it has a file
 * input). The runner's multipart carries its answers as JSON in `_answers`. The
 * protocol (names, key rule) is the domain's `forms/protocol.ts`.
 */
type Read = { ok: true; submission: Omit<SubmitInput, 'slug'> } | { ok: false; status: 400 | 415; message: string };

const formidableFile = z.object({
  filepath: z.string(),
  originalFilename: z.string().nullable().optional(),
  mimetype: z.string().nullable().optional(),
  size: z.number(),
});

function uploadsOf(ctx: Context): Record<string, Upload[]> {
  const files = (ctx.request as { files?: Record<string, unknown> }).files ?? {};
  return Object.fromEntries(
    Object.entries(files).map(([name, value]) => [
      name,
      (Array.isArray(value) ? value : [value]).map((file) => {
        const parsed = formidableFile.parse(file);
        return { ...parsed, originalFilename: parsed.originalFilename ?? null, mimetype: parsed.mimetype ?? null };
      }),
    ]),
  );
}

/**
 * A plain HTML form on a static page cannot make a random key, so its key is the
 * content: the same answers from the same client on the same day are one
 * submission (a double click, a refresh after Send), not two.
 */
function contentKey(ctx: Context, slug: string, fields: unknown, uploads: Record<string, Upload[]>): string {
  const files = Object.entries(uploads).map(([name, list]) => [
    name,
    list.map((file) => [file.originalFilename, file.size]),
  ]);
  const canonical = JSON.stringify([slug, ctx.request.ip, ukDate(new Date()), sortKeys(fields), files]);
  return `html-${createHash('sha256').update(canonical).digest('base64url').slice(0, 40)}`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readSubmissionRequest(ctx: Context, slug: string): Read {
  const kind = ctx.request.is('application/json', 'application/x-www-form-urlencoded', 'multipart/form-data');
  if (!kind) {
    return {
      ok: false,
      status: 415,
      message: 'Send the answers as application/json, a form post or multipart/form-data',
    };
  }
  const body: unknown = ctx.request.body;
  const headerKey = ctx.get(IDEMPOTENCY_HEADER) || undefined;
  if (kind === 'application/json') {
    if (!isRecord(body) || !isRecord(body.answers)) {
      return { ok: false, status: 400, message: 'Send the answers as { "answers": { "question-name": "answer" } }' };
    }
    const key = idempotencyKeySchema.safeParse(headerKey);
    if (!key.success)
      return { ok: false, status: 400, message: key.error.issues[0]?.message ?? 'Send an Idempotency-Key' };
    return { ok: true, submission: { answers: body.answers, idempotencyKey: key.data } };
  }

  const fields = isRecord(body) ? body : {};
  const uploads = kind === 'multipart/form-data' ? uploadsOf(ctx) : {};
  let answers: unknown = fields;
  let htmlForm = true;
  const posted = fields[POSTED.answers];
  if (typeof posted === 'string') {
    try {
      answers = JSON.parse(posted) as unknown;
    } catch {
      return { ok: false, status: 400, message: 'The _answers part must be the answers as JSON' };
    }
    if (!isRecord(answers)) return { ok: false, status: 400, message: 'The _answers part must be a JSON object' };
    htmlForm = false;
  }
  const postedKey = fields[POSTED.idempotencyKey];
  const given = headerKey ?? (typeof postedKey === 'string' ? postedKey : undefined);
  const key = idempotencyKeySchema.safeParse(given ?? contentKey(ctx, slug, fields, uploads));
  if (!key.success)
    return { ok: false, status: 400, message: key.error.issues[0]?.message ?? 'Send an Idempotency-Key' };
  return { ok: true, submission: { answers, htmlForm, uploads, idempotencyKey: key.data } };
}

/** The body parser leaves uploads in a temporary folder; stored ones were copied, so all go. */
export async function removeUploads(ctx: Context): Promise<void> {
  const files = (ctx.request as { files?: Record<string, unknown> }).files ?? {};
  const paths = Object.values(files)
    .flatMap((value): unknown[] => (Array.isArray(value) ? value : [value]))
    .map((file) => formidableFile.safeParse(file))
    .flatMap((parsed) => (parsed.success ? [parsed.data.filepath] : []));
  await Promise.all(paths.map((filePath) => rm(filePath, { force: true })));
}
