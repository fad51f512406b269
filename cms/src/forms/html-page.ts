import type { Core } from '@strapi/strapi';
import { formPageSecurityPolicy, renderFormPageHtml, type ResponsePage } from '@doorstep/domain';

/**
 * The page the submission endpoint answers a posted HTML form with, as the domain
 * draws it (forms/html/page.ts), under the council's name and address from the site
 * settings and with links to the resident site. The resident site's address is empty
 * when the site passes /api/forms to the CMS on its own origin.
 */
export function siteUrl(): string {
  return (process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
}

interface Council {
  name: string;
  address: string;
}
let cached: { council: Council; at: number } | null = null;

/** The council's name and address from the site settings, kept a minute. */
async function council(strapi: Core.Strapi): Promise<Council> {
  if (cached && Date.now() - cached.at < 60_000) return cached.council;
  const settings = (await strapi
    .documents('api::site-setting.site-setting')
    .findFirst({ status: 'published', fields: ['councilName', 'address'] as never })) as {
    councilName?: unknown;
    address?: unknown;
  } | null;
  const found = {
    name: typeof settings?.councilName === 'string' ? settings.councilName : 'Your council',
    address: typeof settings?.address === 'string' ? settings.address : '',
  };
  cached = { council: found, at: Date.now() };
  return found;
}

export async function councilName(strapi: Core.Strapi): Promise<string> {
  return (await council(strapi)).name;
}

export const pageSecurityPolicy = (): string => formPageSecurityPolicy(siteUrl());

export async function renderPage(strapi: Core.Strapi, parts: ResponsePage): Promise<string> {
  return renderFormPageHtml({ council: await council(strapi), site: siteUrl() }, parts);
}
