import {
  blocksSchema,
  contactChannelKindSchema,
  contactChannelSchema,
  responseUnitSchema,
  describeIssues,
  expectedResponseSchema,
  contactChannelFields,
  supportLevelKeySchema,
  type Block,
  type ContactChannel,
  type ExpectedResponse,
  type SupportLevelKey,
} from '@doorstep/domain';
import { z } from 'zod';
import { ServiceAreasDocument, ServicePagesDocument } from './graphql/__generated__/graphql';
import { fetchAll } from './graphql/client';

/**
 * Everything the site shows, fetched once per build and checked with the same
 * zod rules as the CMS. An entry the site cannot render fails the build with a
 * message naming the entry and the field, instead of rendering as nothing.
 */
/** Strapi's GraphQL spells enum values with underscores (level_0, working_days); the domain uses hyphens. */
const graphqlEnum = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((value) => value.replace(/_/g, '-'))
    .pipe(schema);

const servicePageSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  summary: z.string(),
  body: blocksSchema,
  taskType: z.enum(['action', 'information']),
  isTopTask: z.boolean(),
  lgslCode: z.number().int().nullable(),
  updatedAt: z.string(),
  serviceArea: z.object({ title: z.string(), slug: z.string() }, { error: 'Every service page needs a service area' }),
  supportLevel: z.object(
    { key: graphqlEnum(supportLevelKeySchema), name: z.string(), summary: z.string() },
    { error: 'Every service page needs a support level' },
  ),
  expectedResponse: z.object({ ...expectedResponseSchema.shape, unit: graphqlEnum(responseUnitSchema) }).nullable(),
  contactChannels: z.array(
    z.object({ ...contactChannelFields, kind: graphqlEnum(contactChannelKindSchema) }).pipe(contactChannelSchema),
  ),
  relatedPages: z.array(z.object({ title: z.string(), slug: z.string() })),
});

export interface ServicePage {
  documentId: string;
  title: string;
  slug: string;
  summary: string;
  body: Block[];
  taskType: 'action' | 'information';
  isTopTask: boolean;
  lgslCode: number | null;
  updatedAt: string;
  serviceArea: { title: string; slug: string };
  supportLevel: { key: SupportLevelKey; name: string; summary: string };
  expectedResponse: ExpectedResponse | null;
  contactChannels: ContactChannel[];
  relatedPages: Array<{ title: string; slug: string }>;
}

export interface ServiceArea {
  documentId: string;
  title: string;
  slug: string;
  summary: string;
}

let cache: Promise<{ areas: ServiceArea[]; pages: ServicePage[] }> | undefined;

/** All published content, fetched once per build however many pages ask for it. */
export function loadContent(): Promise<{ areas: ServiceArea[]; pages: ServicePage[] }> {
  cache ??= (async () => {
    const [areas, rawPages] = await Promise.all([
      fetchAll(ServiceAreasDocument, (result) => result.serviceAreas_connection!),
      fetchAll(ServicePagesDocument, (result) => result.servicePages_connection!),
    ]);
    return { areas, pages: rawPages.map(parseServicePage) };
  })();
  return cache;
}

function parseServicePage(raw: unknown): ServicePage {
  const result = servicePageSchema.safeParse(raw);
  if (result.success) return result.data;
  const entry = raw as { slug?: string; documentId?: string };
  throw new Error(
    `Service page "${entry.slug ?? entry.documentId}" cannot be rendered:\n- ${describeIssues(result.error).join('\n- ')}`,
  );
}
