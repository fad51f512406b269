import {
  alertBannerContract,
  type AlertBanner,
  communityHubContract,
  definitionFromCms,
  describeIssues,
  type FormDefinition,
  infoPageContract,
  servicePageContract,
  type CommunityHub,
  type InfoPage,
  type ServicePage,
} from '@doorstep/domain';
import { z } from 'zod';
import { currentCmsUrl } from './graphql/client';

/**
 * The draft a preview link opens (pages/preview/index.astro). The link's token is
 * forwarded to the CMS, which checks it (signature, time, not revoked) on every view
 * and answers with the draft (cms/src/previews/draft-http.ts); the draft is parsed
 * with its type's content contract, as the build parses published content.
 */
export type Preview =
  | { kind: 'service-page'; page: ServicePage; expiresAt: string }
  | { kind: 'info-page'; page: InfoPage; expiresAt: string }
  | { kind: 'community-hub'; hub: CommunityHub; expiresAt: string }
  | { kind: 'form-definition'; form: FormDefinition; expiresAt: string }
  /** A banner, shown in place above a page that says where and when it shows. */
  | { kind: 'alert-banner'; banner: AlertBanner; expiresAt: string }
  /** The draft cannot be shown as a page yet (a required field is empty): what is missing. */
  | { kind: 'not-ready'; problems: string[]; expiresAt: string }
  /** Expired or revoked (410), or never a link of ours (404). */
  | { kind: 'gone'; status: 404 | 410 };

const answer = z.object({
  data: z.object({
    type: z.string(),
    documentId: z.string(),
    expiresAt: z.iso.datetime(),
    draft: z.unknown(),
  }),
});

/** Tokens Doorstep makes are a few hundred characters: anything far longer is not one. */
const MAX_TOKEN_LENGTH = 1024;

export class PreviewUnavailable extends Error {}

export async function fetchPreview(token: string | null): Promise<Preview> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return { kind: 'gone', status: 404 };
  let response: Response;
  try {
    response = await fetch(`${currentCmsUrl()}/api/previews/draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (cause) {
    throw new PreviewUnavailable(`Cannot reach the CMS for a preview (${String(cause)})`);
  }
  if (response.status === 410) return { kind: 'gone', status: 410 };
  if (response.status === 404 || response.status === 400) return { kind: 'gone', status: 404 };
  const parsed = answer.safeParse(await response.json().catch(() => null));
  if (!response.ok || !parsed.success) {
    throw new PreviewUnavailable(`The CMS did not answer the preview (HTTP ${response.status})`);
  }
  return draftOf(parsed.data.data.type, parsed.data.data.draft, parsed.data.data.expiresAt);
}

function draftOf(type: string, draft: unknown, expiresAt: string): Preview {
  const parse = <S extends z.ZodType>(schema: S) => {
    const result = schema.safeParse(draft);
    return result.success
      ? ({ ok: true, value: result.data } as const)
      : ({ ok: false, problems: describeIssues(result.error) } as const);
  };
  switch (type) {
    case 'service-page': {
      const result = parse(servicePageContract.schema);
      return result.ok
        ? { kind: 'service-page', page: result.value, expiresAt }
        : { kind: 'not-ready', problems: result.problems, expiresAt };
    }
    case 'info-page': {
      const result = parse(infoPageContract.schema);
      return result.ok
        ? { kind: 'info-page', page: result.value, expiresAt }
        : { kind: 'not-ready', problems: result.problems, expiresAt };
    }
    case 'community-hub': {
      const result = parse(communityHubContract.schema);
      return result.ok
        ? { kind: 'community-hub', hub: result.value, expiresAt }
        : { kind: 'not-ready', problems: result.problems, expiresAt };
    }
    case 'form-definition':
      return formOf(draft, expiresAt);
    case 'alert-banner': {
      const result = parse(alertBannerContract.schema);
      return result.ok
        ? { kind: 'alert-banner', banner: result.value, expiresAt }
        : { kind: 'not-ready', problems: result.problems, expiresAt };
    }
    default:
      // The CMS makes links only for the types above (cms/src/previews/types.ts).
      throw new PreviewUnavailable(`The site cannot preview a ${type}`);
  }
}

/** A form's draft as the Document Service returns it (cms/src/forms/publish-rule.ts `FORM_POPULATE`). */
const formDraft = z.object({
  slug: z.string().nullish(),
  title: z.string().nullish(),
  introduction: z.string().nullish(),
  questions: z.array(z.looseObject({ __component: z.string() })).nullish(),
  checkAnswers: z.boolean().nullish(),
  confirmation: z.string().nullish(),
  expectedResponse: z.unknown(),
  retentionDays: z.number().nullish(),
});

/** Turned into the definition the form runner runs, by the code the CMS checks it with at publish. */
function formOf(draft: unknown, expiresAt: string): Preview {
  const parsed = formDraft.safeParse(draft);
  if (!parsed.success) return { kind: 'not-ready', problems: describeIssues(parsed.error), expiresAt };
  const entry = parsed.data;
  const { definition, problems } = definitionFromCms({
    slug: entry.slug ?? '',
    title: entry.title ?? '',
    introduction: entry.introduction ?? null,
    questions: (entry.questions ?? []).map(({ __component, ...attributes }) => ({
      ...attributes,
      component: __component,
    })),
    checkAnswers: entry.checkAnswers !== false,
    confirmation: entry.confirmation ?? '',
    expectedResponse: entry.expectedResponse,
    retentionDays: entry.retentionDays ?? 0,
    version: 1,
  });
  return definition
    ? { kind: 'form-definition', form: definition, expiresAt }
    : { kind: 'not-ready', problems, expiresAt };
}
