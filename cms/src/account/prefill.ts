import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  accountAnswers,
  detailsFromAnswers,
  escapeHtml,
  renderNoScriptFormHtml,
  SAVE_TO_ACCOUNT_FIELD,
  sitePaths,
  type FormAnswers,
  type FormDefinition,
} from '@doorstep/domain';
import { siteUrl } from '../forms/html-page';
import type { Page } from './pages';
import { resumeNote } from './draft-pages';
import type { Draft } from './drafts';
import { saveDetails, type Resident } from './residents';

/** The choice under a form, for a signed-in resident: off unless they tick it. */
export const saveToAccountChoice = (): string =>
  `<div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">` +
  `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${SAVE_TO_ACCOUNT_FIELD}" name="${SAVE_TO_ACCOUNT_FIELD}" type="checkbox" value="yes">` +
  `<label class="govuk-label govuk-checkboxes__label" for="${SAVE_TO_ACCOUNT_FIELD}">Save the name, phone number and address I give here to my account</label></div></div></div>`;

/**
 * A form filled in from the account, without JavaScript: the same no-JS form the
 * submission endpoint draws, with the account's details as its values. The resident
 * can change any of them for this form; the account changes only if they tick the box.
 */
export function prefilledFormPage(definition: FormDefinition, resident: Resident, draft: Draft | null = null): Page {
  // The answers the resident saved win over the account's details.
  const values = { ...accountAnswers(definition, resident), ...draft?.answers };
  const form = renderNoScriptFormHtml(definition, {
    action: `${siteUrl()}${sitePaths.formSubmissions(definition.slug)}`,
    values,
    idempotencyKey: randomBytes(16).toString('hex'),
    beforeSend: saveToAccountChoice(),
  });
  return {
    title: definition.title,
    backHref: `${siteUrl()}${sitePaths.form(definition.slug)}`,
    main:
      `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">` +
      `<h1 class="govuk-heading-l">${escapeHtml(definition.title)}</h1>` +
      `<div class="govuk-inset-text">${escapeHtml(draft ? resumeNote.account(draft) : 'We have filled in your details from your account. Check them: you can change them for this form.')}</div>` +
      `${form}</div></div>`,
  };
}

/** After a form is sent with the box ticked: the details it gave become the account's. */
export async function saveDetailsFromAnswers(
  strapi: Core.Strapi,
  resident: Resident,
  definition: FormDefinition,
  answers: FormAnswers,
): Promise<void> {
  const given = detailsFromAnswers(definition, answers);
  if (Object.keys(given).length === 0) return;
  await saveDetails(strapi.db.connection, resident.id, {
    name: given.name ?? resident.name,
    phone: given.phone ?? resident.phone,
    address: given.address ?? resident.address,
  });
}
