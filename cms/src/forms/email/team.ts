import { readFile } from 'node:fs/promises';
import { summariseAnswers } from '@doorstep/domain';
import { z } from 'zod';
import { storedFilePath } from '../files';
import { dateAndTime, longDate } from '@doorstep/domain';
import type { Email, SubmissionForEmail } from './render';

/** The service team's email, as text: nothing a resident typed can become markup. */
export function teamEmail(submission: SubmissionForEmail): Email {
  const lines = summariseAnswers(submission.definitionSnapshot, submission.answers).flatMap((line) => [
    line.question,
    ...line.answer.map((answer) => `  ${answer}`),
    '',
  ]);
  return {
    subject: `[${submission.reference}] ${submission.formTitle}`,
    text: [
      `A resident sent "${submission.formTitle}" (version ${submission.formVersion}) on ${dateAndTime(submission.submittedAt)}.`,
      `Reference: ${submission.reference}`,
      `They have been told to expect a reply by ${longDate(submission.expectedReplyBy)}.`,
      '',
      ...lines,
      'Open the submission in the admin panel (Form submission) to change its status.',
    ].join('\n'),
  };
}

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

const storedFile = z.object({ id: z.string(), name: z.string(), type: z.string() });

/**
 * Files the resident attached go to the service team with the email, read from
 * private storage here: Strapi's mail provider refuses attachments given as paths
 * (it blocks file and URL access, rightly), so they go as their bytes.
 */
export async function attachmentsOf(answers: Record<string, unknown>): Promise<Attachment[]> {
  const files = Object.values(answers).flatMap((value) => {
    const file = storedFile.safeParse(value);
    return file.success ? [file.data] : [];
  });
  return Promise.all(
    files.map(async (file) => ({
      filename: file.name,
      content: await readFile(storedFilePath(file.id)),
      contentType: file.type,
    })),
  );
}
