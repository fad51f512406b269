import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  alertBannerContract,
  communityHubContract,
  contractProblems,
  infoPageContract,
  searchBestBetContract,
  searchSynonymContract,
  serviceAreaContract,
  servicePageContract,
  siteSettingsContract,
  supportLevelContract,
  type ContentContract,
} from '@doorstep/domain';
import { formDefinitionRules } from '../forms/publish-rule';
import { vergeRules } from '../verges/publish-rule';
import { binRoundRules } from '../bins/publish-rule';
import { problemsInWords } from './problems-in-words';

export interface PublishRule {
  /** Relations and components the rule needs to see on the draft (Document Service populate). */
  populate: '*' | string[] | Record<string, unknown>;
  /** Every problem with the draft, each naming its field; empty when it may be published. */
  check(draft: Record<string, unknown>): string[];
}

/**
 * The rule for a type the site renders is its content contract: the schema the site
 * parses the entry with, so whatever is published, the site can build. Every
 * relation and component is populated, as the site's query asks for them.
 */
const fromContract = (contract: ContentContract): PublishRule => ({
  populate: '*',
  check: (draft) => contractProblems(contract, draft),
});

const RULES = {
  'api::service-page.service-page': fromContract(servicePageContract),
  'api::service-area.service-area': fromContract(serviceAreaContract),
  'api::support-level.support-level': fromContract(supportLevelContract),
  'api::community-hub.community-hub': fromContract(communityHubContract),
  'api::alert-banner.alert-banner': fromContract(alertBannerContract),
  'api::info-page.info-page': fromContract(infoPageContract),
  'api::site-setting.site-setting': fromContract(siteSettingsContract),
  'api::search-synonym.search-synonym': fromContract(searchSynonymContract),
  'api::search-best-bet.search-best-bet': fromContract(searchBestBetContract),
  'api::form-definition.form-definition': formDefinitionRules,
  'api::verge.verge': vergeRules,
  'api::bin-round.bin-round': binRoundRules,
} satisfies Partial<Record<UID.ContentType, PublishRule>>;

type RuledType = keyof typeof RULES;

/**
 * Content is checked when it is published, not while it is a draft: editors can
 * save half-finished work, but nothing the site cannot render goes live.
 * `create`/`update` with status "published" are turned into save-then-publish so
 * the same check runs whichever way publishing is asked for.
 */
export function publishRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!(context.uid in RULES)) return next();
    const uid = context.uid as RuledType;
    const rule = RULES[uid];
    const params = context.params as { documentId?: string; status?: string; locale?: string };

    if (context.action === 'publish' && params.documentId) {
      const draft = await strapi.documents(uid).findOne({
        documentId: params.documentId,
        status: 'draft',
        populate: rule.populate as never,
      });
      if (draft) await assertPublishable(rule, draft, (problems) => problemsInWords(strapi, uid, problems));
      return next();
    }

    if ((context.action === 'create' || context.action === 'update') && params.status === 'published') {
      params.status = 'draft';
      const saved = (await next()) as { documentId: string } | null;
      if (!saved) return saved;
      await strapi.documents(uid).publish({ documentId: saved.documentId });
      return strapi.documents(uid).findOne({ documentId: saved.documentId, status: 'published' });
    }
    return next();
  };
}

/**
 * Every problem the publish rules find with a document's draft, as publishing would
 * refuse it, in the edit view's words (scheduled publishing checks when it is scheduled
 * and again when it runs);
 * null when there is no draft, empty when it may be published.
 */
export async function publishProblems(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[] | null> {
  const rule: PublishRule | undefined = uid in RULES ? RULES[uid as RuledType] : undefined;
  const draft = await strapi.documents(uid as RuledType).findOne({
    documentId,
    status: 'draft',
    populate: (rule?.populate ?? []) as never,
  });
  if (!draft) return null;
  return rule ? problemsInWords(strapi, uid, rule.check(draft)) : [];
}

async function assertPublishable(
  rule: PublishRule,
  draft: Record<string, unknown>,
  inWords: (problems: string[]) => Promise<string[]>,
): Promise<void> {
  const problems = rule.check(draft);
  if (problems.length === 0) return;
  const name = String(
    draft.title ??
      draft.name ??
      draft.phrase ??
      draft.terms ??
      draft.reference ??
      draft.streetName ??
      draft.councilName ??
      draft.documentId,
  );
  // Editors read each problem by the field's label; the admin's form finds the field by its path.
  const told = await inWords(problems);
  throw new errors.ValidationError(`"${name}" cannot be published yet:\n- ${told.join('\n- ')}`, {
    errors: problems.map((problem, at) => ({ message: told[at], path: [problem.split(':')[0] ?? ''] })),
  });
}
