import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  escapeHtml,
  renderConfirmationHtml,
  renderNoScriptFormHtml,
  sitePaths,
  type FormDefinition,
  type SubmissionReceipt,
} from '@doorstep/domain';
import { pageSecurityPolicy, renderPage, siteUrl } from './html-page';
import type { SubmitResult } from './submissions';

/**
 * What a resident without JavaScript sees after pressing Send: the confirmation
 * with their reference, or the whole form again with the error summary, each
 * problem at its question and every answer they gave still filled in.
 */
async function send(strapi: Core.Strapi, ctx: Context, status: number, page: Parameters<typeof renderPage>[1]) {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Content-Security-Policy', pageSecurityPolicy());
  ctx.set('Cache-Control', 'no-store');
  ctx.body = await renderPage(strapi, page);
}

const formAddress = (slug: string) => `${siteUrl()}${sitePaths.form(slug)}`;

export async function sendConfirmationPage(
  strapi: Core.Strapi,
  ctx: Context,
  status: number,
  definition: FormDefinition | null,
  receipt: SubmissionReceipt,
): Promise<void> {
  const confirmation = definition?.confirmation ?? 'We have your form.';
  await send(strapi, ctx, status, {
    title: 'Form sent',
    main: `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${renderConfirmationHtml({ confirmation }, receipt)}</div></div>`,
  });
}

export async function sendFormWithErrors(
  strapi: Core.Strapi,
  ctx: Context,
  slug: string,
  result: Extract<SubmitResult, { ok: false }>,
): Promise<void> {
  if (!result.definition)
    return sendMessagePage(strapi, ctx, result.status, 'There is a problem', result.message, slug);
  const { definition } = result;
  const form = renderNoScriptFormHtml(definition, {
    action: ctx.request.path,
    values: result.values ?? {},
    errors: result.errors ?? [{ field: null, part: null, message: result.message }],
    idempotencyKey: randomBytes(16).toString('hex'),
  });
  const files = (result.errors ?? []).length > 0 && form.includes('type="file"');
  await send(strapi, ctx, result.status, {
    title: definition.title,
    error: true,
    backHref: formAddress(slug),
    main:
      `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">` +
      `<h1 class="govuk-heading-l">${escapeHtml(definition.title)}</h1>` +
      (files
        ? '<p class="govuk-body">If you chose a file, choose it again: files are not kept until the form is sent.</p>'
        : '') +
      `${form}</div></div>`,
  });
}

export async function sendMessagePage(
  strapi: Core.Strapi,
  ctx: Context,
  status: number,
  title: string,
  message: string,
  slug?: string,
): Promise<void> {
  await send(strapi, ctx, status, {
    title,
    error: status >= 400,
    backHref: slug ? formAddress(slug) : undefined,
    main:
      `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1><p class="govuk-body">${escapeHtml(message)}</p>` +
      (slug
        ? `<p class="govuk-body"><a class="govuk-link" href="${escapeHtml(formAddress(slug))}">Go back to the form</a></p>`
        : ''),
  });
}
