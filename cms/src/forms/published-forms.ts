import type { Core, Modules } from '@strapi/strapi';
import { buildAnswersSchema, definitionFromCms, type FormAnswers, type FormDefinition } from '@doorstep/domain';
import type { z } from 'zod';
import { contentGeneration } from '../public-api/cache/generation';
import { cmsQuestions, FORM_POPULATE } from './publish-rule';

const FORMS = 'api::form-definition.form-definition';

/**
 * The live version of each form, kept in memory: reading a form with all its
 * question components and checking it again cost more than storing a submission,
 * on every submission. Each entry is kept for the content generation it was read
 * under (public-api/cache/generation.ts, ADR 0013), which every write to public
 * content moves on, on every instance: a form published through another CMS instance
 * is read again here as soon as this one hears of it, and while it cannot hear (the
 * cluster's listener is down) every submission reads its form afresh. This instance's
 * own writes also empty it at once (the middleware below).
 */
export interface PublishedForm {
  definition: FormDefinition;
  notificationEmail: string | null;
  /** The answers schema for a day (date limits like "today" depend on it). */
  answersSchema(today: string): z.ZodType<FormAnswers, unknown>;
}

const cache = new Map<string, { form: Promise<PublishedForm | null>; generation: number }>();

function withSchemas(definition: FormDefinition, notificationEmail: string | null): PublishedForm {
  const schemas = new Map<string, z.ZodType<FormAnswers, unknown>>();
  return {
    definition,
    notificationEmail,
    answersSchema(today) {
      let schema = schemas.get(today);
      if (!schema) {
        schemas.clear(); // only today's is ever needed again
        schema = buildAnswersSchema(definition, { today });
        schemas.set(today, schema);
      }
      return schema;
    },
  };
}

async function readPublishedForm(strapi: Core.Strapi, slug: string): Promise<PublishedForm | null> {
  const entry = (await strapi.documents(FORMS).findFirst({
    filters: { slug },
    status: 'published',
    populate: FORM_POPULATE as never,
  })) as Record<string, unknown> | null;
  if (!entry) return null;
  const { definition, problems } = definitionFromCms({
    slug,
    title: String(entry.title),
    introduction: typeof entry.introduction === 'string' ? entry.introduction : null,
    questions: cmsQuestions(entry),
    checkAnswers: entry.checkAnswers !== false,
    confirmation: String(entry.confirmation),
    expectedResponse: entry.expectedResponse,
    retentionDays: Number(entry.retentionDays),
    version: Number(entry.version ?? 1),
  });
  if (!definition) throw new Error(`Published form "${slug}" is not usable: ${problems.join('; ')}`);
  return withSchemas(definition, typeof entry.notificationEmail === 'string' ? entry.notificationEmail : null);
}

/** The live version of a form, or null when none is published. */
export function publishedForm(strapi: Core.Strapi, slug: string): Promise<PublishedForm | null> {
  // Taken before reading: a read that overlaps a write is kept under the older generation.
  const generation = contentGeneration(strapi).current();
  const cached = cache.get(slug);
  if (cached && generation !== undefined && cached.generation === generation) return cached.form;
  const form = readPublishedForm(strapi, slug);
  if (generation === undefined) return form;
  cache.set(slug, { form, generation });
  form.catch(() => {
    if (cache.get(slug)?.form === form) cache.delete(slug); // a failed read is not remembered
  });
  return form;
}

const CHANGES_LIVE_VERSION = new Set(['publish', 'unpublish', 'delete', 'discardDraft', 'update', 'create']);

/** Empties the cache when a form's live version may have changed. */
export function publishedFormsCache(): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== FORMS || !CHANGES_LIVE_VERSION.has(context.action)) return next();
    try {
      return await next();
    } finally {
      cache.clear();
    }
  };
}
