import { footerLinks, siteMenu } from '../../site-paths.js';
import { escapeHtml } from './escape.js';

/**
 * The page around what the submission endpoint answers a posted HTML form with
 * (residents without JavaScript): the confirmation, or the form again with its
 * errors. It looks like the site: its stylesheet (the build publishes a copy at a
 * fixed address for this), its header, menu and footer, under the council's name.
 */
export interface ResponsePage {
  title: string;
  /** Already-escaped HTML for inside <main>. */
  main: string;
  /** Where "Back" leads, on the site. */
  backHref?: string;
  error?: boolean;
}

export interface PageSetting {
  council: { name: string; address: string };
  /** The resident site's address; empty when the site passes /api/forms to the CMS on its own origin. */
  site: string;
}

/** The stylesheet may come from the site's origin; nothing else loads, and no script runs. */
export function formPageSecurityPolicy(site: string): string {
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

export function renderFormPageHtml({ council, site }: PageSetting, parts: ResponsePage): string {
  const { name, address } = council;
  const councilText = escapeHtml(name);
  const link = (href: string) => escapeHtml(`${site}${href}`);
  // The site's own menu and footer links (site-paths), so a resident is never stranded here.
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
