import type { Core, Modules } from '@strapi/strapi';
import { z } from 'zod';

const UID = 'api::form-definition.form-definition';
const versioned = z.object({ version: z.number().int().nullable().optional() }).nullable();

/**
 * Each publish of a web form is a new version: 1, 2, 3… Submissions record the version
 * (and a copy of the questions) they answered, so old submissions stay readable after
 * the form changes. The number is set here, whatever an editor typed.
 */
export function formVersions(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== UID || context.action !== 'publish') return next();
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();
    const documents = strapi.documents(UID);
    const [published, draft] = await Promise.all([
      documents.findOne({ documentId, status: 'published', fields: ['version'] }),
      documents.findOne({ documentId, status: 'draft', fields: ['version'] }),
    ]);
    // The higher of the live and draft numbers survives a discarded draft or a restored one.
    const current = Math.max(versioned.parse(published)?.version ?? 0, versioned.parse(draft)?.version ?? 0);
    await documents.update({ documentId, data: { version: current + 1 } as never });
    return next();
  };
}
