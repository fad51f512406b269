import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { formDefinitionSchema, summariseAnswers, type FormAnswers } from '@doorstep/domain';

export const SUBMISSIONS = 'api::form-submission.form-submission';

/** A file the resident attached, as the submission's answers keep it (cms/src/forms/files.ts). */
const storedFile = z.object({
  id: z.string().regex(/^[a-f0-9]{32}$/),
  name: z.string(),
  size: z.number(),
  type: z.string(),
});
export type CaseFile = z.infer<typeof storedFile>;

const timelineEntry = z.object({
  at: z.string(),
  status: z.string(),
  by: z.string(),
  note: z.string().nullish(),
  message: z.string().nullish(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** What the admin panel's case view shows (cms/src/admin/case-view): the case read for people. */
export interface CaseView {
  reference: string;
  /** The questions on the resident's route, in order, each answer as lines; a file answer links to its download. */
  answers: Array<{ question: string; answer: string[]; file: CaseFile | null }>;
  timeline: TimelineEntry[];
  residentEmail: string | null;
}

/** SQLite hands JSON columns back as text; PostgreSQL as values. */
const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
};

const row = z.object({
  reference: z.string(),
  answers: z.unknown(),
  definitionSnapshot: z.unknown(),
  timeline: z.unknown(),
  residentEmail: z.string().nullish(),
});
export type CaseRow = z.infer<typeof row>;

/** Document ids are Strapi's own (24 lowercase letters and digits); anything else finds nothing. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

export async function findCase(strapi: Core.Strapi, documentId: string): Promise<CaseRow | null> {
  if (!DOCUMENT_ID.test(documentId)) return null;
  const found: unknown = await strapi.db.query(SUBMISSIONS).findOne({
    where: { documentId },
    select: ['reference', 'answers', 'definitionSnapshot', 'timeline', 'residentEmail'],
  });
  return found ? row.parse(found) : null;
}

export const answersOf = (found: CaseRow): FormAnswers => (parseJson(found.answers) ?? {}) as FormAnswers;

export const timelineOf = (found: CaseRow): TimelineEntry[] =>
  z.array(timelineEntry).catch([]).parse(parseJson(found.timeline));

/** The files in a submission's answers, by id. */
export function filesOf(found: CaseRow): Map<string, CaseFile> {
  const files = new Map<string, CaseFile>();
  for (const value of Object.values(answersOf(found))) {
    const file = storedFile.safeParse(value);
    if (file.success) files.set(file.data.id, file.data);
  }
  return files;
}

/**
 * The answers as the resident's questions put them, by the copy of the form they
 * answered (its definition snapshot), with the same words as their confirmation and
 * the service team's email (domain summariseAnswers). A snapshot that no longer
 * parses still shows every answer, under its field name, so nothing is hidden.
 */
export function caseView(found: CaseRow): CaseView {
  const answers = answersOf(found);
  const definition = formDefinitionSchema.safeParse(parseJson(found.definitionSnapshot));
  const fileOf = (name: string) => {
    const file = storedFile.safeParse(answers[name]);
    return file.success ? file.data : null;
  };
  const lines = definition.success
    ? summariseAnswers(definition.data, answers).map((line) => ({
        question: line.question,
        answer: line.answer,
        file: fileOf(line.name),
      }))
    : Object.entries(answers).map(([name, value]) => ({
        question: name,
        answer: [JSON.stringify(value)],
        file: fileOf(name),
      }));
  return {
    reference: found.reference,
    answers: lines,
    timeline: timelineOf(found),
    residentEmail: found.residentEmail ?? null,
  };
}
