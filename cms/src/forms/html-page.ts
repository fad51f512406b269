import type { Core } from '@strapi/strapi';
import { escapeHtml } from '@doorstep/domain';

/**
 * The pages the submission endpoint answers a posted HTML form with (residents
 * without JavaScript): the confirmation, or the form again with its errors. They
 * look like the site: its stylesheet (the build publishes a copy at a fixed
 * address for this), its header and footer, under the council's name.
 */
export interface PageParts {
  title: string;
  /** Already-escaped HTML for inside <main>. */
  main: string;
  /** Where "Back" leads, on the site. */
  backHref?: string;
  error?: boolean;
}

/** The resident site's address; empty when the site proxies /api/forms to the CMS on its own origin. */
export function siteUrl(): string {
  return (process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
}

let cached: { name: string; at: number } | null = null;

async function councilName(strapi: Core.Strapi): Promise<string> {
  if (cached && Date.now() - cached.at < 60_000) return cached.name;
  const settings = (await strapi
    .documents('api::site-setting.site-setting')
    .findFirst({ status: 'published', fields: ['councilName'] as never })) as { councilName?: unknown } | null;
  const name = typeof settings?.councilName === 'string' ? settings.councilName : 'Your council';
  cached = { name, at: Date.now() };
  return name;
}

/** The stylesheet may come from the site's origin; nothing else loads, and no script runs. */
export function pageSecurityPolicy(): string {
  const site = siteUrl();
  const origin = site ? new URL(site).origin : '';
  return [
    "default-src 'none'",
    `style-src 'self' ${origin}`.trim(),
    `img-src 'self' data: ${origin}`.trim(),
    `form-action 'self' ${origin}`.trim(),
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function renderPage(strapi: Core.Strapi, parts: PageParts): Promise<string> {
  const council = escapeHtml(await councilName(strapi));
  const site = siteUrl();
  const title = `${parts.error ? 'Error: ' : ''}${parts.title}`;
  return `<!doctype html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} - ${council}</title>
<link rel="stylesheet" href="${escapeHtml(site)}/styles/doorstep.css">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header><div class="govuk-generic-header"><div class="govuk-generic-header__container govuk-width-container">
<div class="govuk-generic-header__logo"><a href="${escapeHtml(site)}/" class="govuk-generic-header__homepage-link">${council}</a></div>
</div></div></header>
<div class="govuk-width-container">
${parts.backHref ? `<a href="${escapeHtml(parts.backHref)}" class="govuk-back-link">Back</a>` : ''}
<main class="govuk-main-wrapper" id="main-content">
${parts.main}
</main>
</div>
<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><p class="govuk-body-s">&copy; ${council}</p></div>
</div></div></footer>
</body>
</html>`;
}
