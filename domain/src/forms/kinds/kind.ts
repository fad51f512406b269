import { z } from 'zod';

/**
 * What every field kind provides. A kind is one module in this folder (the GOV.UK
 * Forms runner's pattern: one model, one view, one test per answer type), and the
 * registry in `index.ts` is typed to hold exactly one module per kind. Everything
 * that differs between kinds is here, so nothing else switches on a field's kind:
 * the answers schema, the summary, the no-JavaScript HTML and the island's React
 * all ask the field's module.
 */

/** Field names are the keys of a submission's answers: short, lower case, URL-safe. */
export const fieldNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,49}$/, 'Field names use lower-case letters, digits and hyphens, like full-name');

/** The settings every field has, whatever its kind. */
export const base = {
  name: fieldNameSchema,
  label: z.string().trim().min(1, 'Every question needs a label').max(200),
  hint: z.string().trim().max(500).nullish(),
  optional: z.boolean().default(false),
  /** How error messages name the answer, like "your postcode"; defaults to the label. */
  errorName: z.string().trim().max(100).nullish(),
};

/** A field as every kind has it: what labels, hints and messages need. */
export interface BaseField {
  kind: string;
  name: string;
  label: string;
  hint?: string | null | undefined;
  optional: boolean;
  errorName?: string | null | undefined;
}

export const optionSchema = z.object({
  value: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(200),
  hint: z.string().trim().max(300).nullish(),
});
export type FieldOption = z.infer<typeof optionSchema>;
/** The site reads at most this many options and conditions from the CMS (site/src/lib/graphql/queries). */
export const MAX_OPTIONS = 100;
export const MAX_CONDITIONS = 20;
export const optionsSchema = z
  .array(optionSchema)
  .max(MAX_OPTIONS, `A question can have at most ${MAX_OPTIONS} options`);

export interface UkAddress {
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

export interface UploadedFile {
  /** Where the endpoint stored it; absent until stored. */
  id?: string;
  name: string;
  size: number;
  type: string;
}

export type AnswerValue = string | number | string[] | UkAddress | UploadedFile;

export interface AnswersOptions {
  /** Today's date (YYYY-MM-DD, UK time), for date limits such as "today". */
  today: string;
}

/** One input of a field answered in several (an address line, a date's month). */
export interface FieldPart {
  part: string;
  label: string;
  className: string;
  inputmode?: 'numeric';
  autocomplete?: string;
}

/**
 * How a field is drawn, as GOV.UK Design System components. The no-JavaScript HTML
 * (`html/fields.ts`) and the island (`site/src/islands/form-runner/Field.tsx`) each
 * draw these seven controls, with the labels, classes and parts given here, so the
 * two cannot disagree on what a kind looks like.
 */
export type FieldView =
  | {
      control: 'input';
      type: 'text' | 'email' | 'tel';
      className?: string;
      inputmode?: 'numeric' | 'decimal';
      spellcheck?: false;
      autocomplete?: string;
    }
  | { control: 'textarea'; rows: number }
  /** Several inputs in a fieldset: `date` is the GOV.UK date input (a group of inline boxes). */
  | { control: 'parts'; layout: 'stacked' | 'date'; parts: readonly FieldPart[] }
  | { control: 'choices'; type: 'radio' | 'checkbox'; inline: boolean; options: readonly FieldOption[] }
  | { control: 'select'; placeholder: string; options: readonly FieldOption[] }
  /** `limits` says which files and how big, under the hint. */
  | { control: 'file'; accept: string; limits: string }
  /** Carried with the answers, never shown. */
  | { control: 'hidden' };

/** A Strapi attribute, as a component's JSON file holds it. */
export interface StrapiAttribute {
  type: string;
  [setting: string]: unknown;
}

/** The attributes every field's component has, as `base` is the settings every field has. */
export const BASE_CMS_ATTRIBUTES: Readonly<Record<string, StrapiAttribute>> = {
  name: { type: 'string', required: true, maxLength: 50, regex: '^[a-z][a-z0-9-]*$' },
  label: { type: 'string', required: true, maxLength: 200 },
  hint: { type: 'text', maxLength: 500 },
  optional: { type: 'boolean', required: true, default: false },
  errorName: { type: 'string', maxLength: 100 },
};

/** The repeatable list of options a choice's component holds. */
export const OPTIONS_CMS_ATTRIBUTE: StrapiAttribute = { type: 'component', repeatable: true, component: 'form.option' };

/**
 * The Strapi component that stores a kind, as editors see it in the admin.
 * `npm run schema` writes cms/src/components/form/<component>.json from this, and
 * lists the component in the web form's questions; a unit test fails when they differ.
 */
export interface CmsComponent<F> {
  /** The component's name after `form.`, when not the kind's own. */
  component?: string;
  displayName: string;
  description: string;
  /** The kind's own settings as Strapi attributes, after those every field has. */
  attributes?: Readonly<Record<string, StrapiAttribute>>;
  /** When the component stores settings differently: its attributes (nulls and ids gone) as the domain's settings. */
  fromCms?: (attributes: Record<string, unknown>) => Record<string, unknown>;
  /** And back: the field's settings as the component's attributes. */
  toCms?: (field: F) => Record<string, unknown>;
}

export interface FieldKindModule<F extends BaseField, Input = unknown> {
  /** The editor's settings for a field of this kind. */
  definition: z.ZodType<F, Input>;
  /** An answer that is not blank, checked and normalised. */
  answer(field: F, options: AnswersOptions): z.ZodType<AnswerValue>;
  /** What to say, and which input to link to, when a required field is left blank. */
  missing(field: F): { message: string; part?: string };
  /** The answer as lines people read (check your answers, confirmation, emails). Plain text. */
  summary(field: F, value: AnswerValue): string[];
  view(field: F): FieldView;
  /** Settings zod's shape check cannot see as wrong, like a minimum above the maximum. */
  problems?(field: F): string[];
  /**
   * Every answer the field can have, when it is a fixed list: routing conditions may
   * test only these fields. `many`: the answer is a list (ticked checkboxes).
   */
  choices?(field: F): { values: string[]; many: boolean };
  /** A link may fill it in (text only, so a link cannot choose for the resident). */
  prefill?: boolean;
  /** Its answer may go in the resident's email: choices say what was asked for, nothing about them. */
  safeInEmail?: boolean;
  /** Its Strapi component. */
  cms: CmsComponent<F>;
}

/** A string answer, trimmed, within the given lengths. */
export const textAnswer = (
  messages: { enter: string; tooShort: string; tooLong: string },
  minLength: number,
  maxLength: number,
) =>
  z
    .string({ error: messages.enter })
    .transform((value) => value.trim())
    .pipe(z.string().min(minLength, messages.tooShort).max(maxLength, messages.tooLong));

/** A text or number answer as text; '' for any other. */
export const textOf = (value: AnswerValue): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** The answer as one line of text. */
export const asText = (_field: unknown, value: AnswerValue): string[] => [textOf(value)];

/** The option's label for a stored value. */
export const optionLabel = (options: readonly FieldOption[], value: string): string =>
  options.find((option) => option.value === value)?.label ?? value;
