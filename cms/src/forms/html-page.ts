import type { Core } from '@strapi/strapi';
import { escapeHtml, footerLinks, siteMenu } from '@doorstep/domain';

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
  const { name, address } = await council(strapi);
  const councilText = escapeHtml(name);
  const site = siteUrl();
  const link = (href: string) => escapeHtml(`${site}${href}`);
  // The site's own menu and footer links (domain site-paths), so a resident is never stranded here.
  const menu = siteMenu
    .map(
      (item) =>
        `<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="${link(item.href)}">${escapeHtml(item.text)}</a></li>`,
    )
    .join('');
  const footer = footerLinks
    .map(
      (item) =>
        `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="${link(item.href)}">${escapeHtml(item.text)}</a></li>`,
    )
    .join('');
  const title = `${parts.error ? 'Error: ' : ''}${parts.title}`;
  return `<!doctype html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} - ${councilText}</title>
<link rel="stylesheet" href="${escapeHtml(site)}/styles/doorstep.css">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header><div class="govuk-generic-header"><div class="govuk-generic-header__container govuk-width-container">
<div class="govuk-generic-header__logo"><a href="${escapeHtml(site)}/" class="govuk-generic-header__homepage-link">${councilText}</a></div>
</div></div>
<div class="govuk-service-navigation"><div class="govuk-width-container"><div class="govuk-service-navigation__container">
<nav aria-label="Menu" class="govuk-service-navigation__wrapper"><ul class="govuk-service-navigation__list" id="navigation">${menu}</ul></nav>
</div></div></div></header>
<div class="govuk-width-container">
${parts.backHref ? `<a href="${escapeHtml(parts.backHref)}" class="govuk-back-link">Back</a>` : ''}
<main class="govuk-main-wrapper" id="main-content">
${parts.main}
</main>
</div>
<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${footer}</ul><p class="govuk-body-s">${escapeHtml(address)}</p></div>
<div class="govuk-footer__meta-item">&copy; ${councilText}</div>
</div></div></footer>
</body>
</html>`;
}
