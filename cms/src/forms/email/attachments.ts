import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fileStore } from '../file-store';

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
export async function attachmentsOf(strapi: Core.Strapi, answers: Record<string, unknown>): Promise<Attachment[]> {
  const store = fileStore(strapi);
  const files = Object.values(answers).flatMap((value) => {
    const file = storedFile.safeParse(value);
    return file.success ? [file.data] : [];
  });
  return Promise.all(
    files.map(async (file) => ({
      filename: file.name,
      content: await store.get(file.id),
      contentType: file.type,
    })),
  );
}
