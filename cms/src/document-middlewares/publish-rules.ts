import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { servicePageRules } from './rules/service-page';
import { alertBannerRules } from './rules/alert-banner';
import { infoPageRules } from './rules/info-page';
import { searchBestBetRules, searchSynonymRules } from './rules/search';
import { formDefinitionRules } from './rules/form-definition';
import { vergeRules } from './rules/verge';

export interface PublishRule {
  /** Relations and components the rule needs to see on the draft (Document Service populate). */
  populate: string[] | Record<string, unknown>;
  /** Every problem with the draft, each naming its field; empty when it may be published. */
  check(draft: Record<string, unknown>): string[];
}

type RuledType =
  | 'api::service-page.service-page'
  | 'api::alert-banner.alert-banner'
  | 'api::info-page.info-page'
  | 'api::search-best-bet.search-best-bet'
  | 'api::search-synonym.search-synonym'
  | 'api::form-definition.form-definition'
  | 'api::verge.verge';

const RULES: Record<RuledType, PublishRule> = {
  'api::service-page.service-page': servicePageRules,
  'api::alert-banner.alert-banner': alertBannerRules,
  'api::info-page.info-page': infoPageRules,
  'api::search-best-bet.search-best-bet': searchBestBetRules,
  'api::search-synonym.search-synonym': searchSynonymRules,
  'api::form-definition.form-definition': formDefinitionRules,
  'api::verge.verge': vergeRules,
};

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
      if (draft) assertPublishable(rule, draft);
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

function assertPublishable(rule: PublishRule, draft: Record<string, unknown>): void {
  const problems = rule.check(draft);
  if (problems.length === 0) return;
  const name = String(draft.title ?? draft.name ?? draft.phrase ?? draft.terms ?? draft.reference ?? draft.documentId);
  throw new errors.ValidationError(`"${name}" cannot be published yet:\n- ${problems.join('\n- ')}`, {
    errors: problems.map((message) => ({ message, path: [message.split(':')[0] ?? ''] })),
  });
}
