import type { Core } from '@strapi/strapi';
import type { Verge } from '@doorstep/domain';
import { internalsFit } from '../strapi-internals/version';
import { writeVergesInBulk, type WriteOptions, type WriteReport } from '../strapi-internals/verge-writer/bulk';
import { writeVergesThroughDocuments } from './write-documents';

export type { WriteOptions, WriteReport };

/**
 * Writes verges published, all of them or none: in bulk on the Strapi version the bulk
 * writer was checked against (a few multi-row INSERTs per batch), through the Document
 * Service on any other (the same verges, the same documentIds on re-import, slower).
 */
export function writeVerges(strapi: Core.Strapi, verges: readonly Verge[], options: WriteOptions = {}) {
  return internalsFit(strapi, 'The verge bulk writer')
    ? writeVergesInBulk(strapi, verges, options)
    : writeVergesThroughDocuments(strapi, verges, options);
}
