import { z } from 'zod';
import type { CmsComponent, FieldKindModule as KindModule } from './kind.js';
import { checkboxes, definition as checkboxesDefinition } from './checkboxes.js';
import { date, definition as dateDefinition } from './date.js';
import { email, definition as emailDefinition } from './email.js';
import { file, definition as fileDefinition } from './file.js';
import { hidden, definition as hiddenDefinition } from './hidden.js';
import { longText, definition as longTextDefinition } from './long-text.js';
import { number, definition as numberDefinition } from './number.js';
import { radios, definition as radiosDefinition } from './radios.js';
import { select, definition as selectDefinition } from './select.js';
import { shortText, definition as shortTextDefinition } from './short-text.js';
import { ukAddress, definition as ukAddressDefinition } from './uk-address.js';
import { ukPhone, definition as ukPhoneDefinition } from './uk-phone.js';
import { ukPostcode, definition as ukPostcodeDefinition } from './uk-postcode.js';
import { yesNo, definition as yesNoDefinition } from './yes-no.js';

/**
 * The field kinds: one module each, and this registry, which the types hold to
 * exactly one module per kind. A new kind is a new module and a line in each list
 * below (docs/adr/0012 says what else).
 */
export const fieldSchema = z.discriminatedUnion('kind', [
  shortTextDefinition,
  longTextDefinition,
  emailDefinition,
  ukPhoneDefinition,
  ukPostcodeDefinition,
  ukAddressDefinition,
  dateDefinition,
  numberDefinition,
  yesNoDefinition,
  radiosDefinition,
  selectDefinition,
  checkboxesDefinition,
  fileDefinition,
  hiddenDefinition,
]);
export type FormField = z.infer<typeof fieldSchema>;
export type FieldKind = FormField['kind'];
export type FieldOf<K extends FieldKind> = Extract<FormField, { kind: K }>;

const REGISTRY: { readonly [K in FieldKind]: KindModule<FieldOf<K>> } = {
  'short-text': shortText,
  'long-text': longText,
  email,
  'uk-phone': ukPhone,
  'uk-postcode': ukPostcode,
  'uk-address': ukAddress,
  date,
  number,
  'yes-no': yesNo,
  radios,
  select,
  checkboxes,
  file,
  hidden,
};

export const FIELD_KINDS = Object.keys(REGISTRY) as FieldKind[];

/**
 * The module for a field's kind. Typed for the field it is given, so a caller
 * passes the field back without a cast. A kind the registry does not hold raises:
 * it can only come from data that skipped the definition schema.
 */
export function kindOf<F extends FormField>(field: F): KindModule<F> {
  const found = (REGISTRY as Partial<Record<string, unknown>>)[field.kind];
  if (!found) throw new Error(`Unknown field kind "${field.kind}"`);
  return found as KindModule<F>;
}

/** The kind a CMS component stores ("file-upload" stores "file"), or null when none does. */
export function kindForComponent(component: string): FieldKind | null {
  return FIELD_KINDS.find((kind) => componentForKind(kind) === component) ?? null;
}

/** The Strapi component that stores a kind, as its module describes it. */
export const cmsComponentOf = (kind: FieldKind): CmsComponent<FormField> =>
  (REGISTRY[kind] as KindModule<FormField>).cms;

/** The CMS component's name for a kind ("file" is stored as "file-upload"). */
export const componentForKind = (kind: FieldKind): string => REGISTRY[kind].cms.component ?? kind;
