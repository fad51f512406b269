import type { AnswerValue } from './kinds/kind.js';
import { viewOf } from './kinds/view.js';
import { allFields, type FormDefinition } from './definition.js';

/**
 * A resident's account details (cms/src/account) and a form's questions: the
 * account fills in the questions that ask for them (issue 15), and a resident who
 * chooses to can save what they gave on a form back to the account. A question asks
 * for a detail by its kind (email, UK phone, UK address, UK postcode) or, for a name,
 * by the `name` autocomplete the short-text kind gives a name question.
 */
export interface AccountDetails {
  email: string;
  name: string;
  phone: string;
  address: { line1: string; line2: string; town: string; postcode: string };
}

/** The form post's field (and the island's JSON flag) for "save these details to my account". */
export const SAVE_TO_ACCOUNT_FIELD = '_saveToAccount';

type Detail = 'email' | 'name' | 'phone' | 'address' | 'postcode';

function detailOf(field: ReturnType<typeof allFields>[number]): Detail | null {
  switch (field.kind) {
    case 'email':
      return 'email';
    case 'uk-phone':
      return 'phone';
    case 'uk-address':
      return 'address';
    case 'uk-postcode':
      return 'postcode';
    case 'short-text': {
      const view = viewOf(field);
      return view.control === 'input' && view.autocomplete === 'name' ? 'name' : null;
    }
    default:
      return null;
  }
}

/** Whether a form asks for anything an account holds (so it is worth offering to fill it in). */
export const asksForAccountDetails = (definition: Pick<FormDefinition, 'pages'>): boolean =>
  allFields(definition).some((field) => detailOf(field) !== null);

/** The answers an account gives a form: only the questions that ask for a detail the account has. */
export function accountAnswers(
  definition: Pick<FormDefinition, 'pages'>,
  details: AccountDetails,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const field of allFields(definition)) {
    const detail = detailOf(field);
    if (detail === 'email' && details.email) answers[field.name] = details.email;
    if (detail === 'name' && details.name) answers[field.name] = details.name;
    if (detail === 'phone' && details.phone) answers[field.name] = details.phone;
    if (detail === 'postcode' && details.address.postcode) answers[field.name] = details.address.postcode;
    if (detail === 'address' && details.address.line1) {
      const { line1, line2, town, postcode } = details.address;
      answers[field.name] = { line1, ...(line2 ? { line2 } : {}), town, postcode };
    }
  }
  return answers;
}

/** What a sent form says of the details an account keeps: the first answer to each. */
export function detailsFromAnswers(
  definition: Pick<FormDefinition, 'pages'>,
  answers: Readonly<Record<string, AnswerValue>>,
): Partial<Omit<AccountDetails, 'email'>> {
  const found: Partial<Omit<AccountDetails, 'email'>> = {};
  for (const field of allFields(definition)) {
    const detail = detailOf(field);
    const value = answers[field.name];
    if (value === undefined) continue;
    if (detail === 'name' && typeof value === 'string' && found.name === undefined) found.name = value;
    if (detail === 'phone' && typeof value === 'string' && found.phone === undefined) found.phone = value;
    if (detail === 'address' && typeof value === 'object' && !Array.isArray(value) && 'line1' in value) {
      const address = value;
      found.address ??= {
        line1: address.line1,
        line2: address.line2 ?? '',
        town: address.town,
        postcode: address.postcode,
      };
    }
  }
  return found;
}
