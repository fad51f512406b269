import { z } from 'zod';
import { expectedResponseSchema } from '../expected-response.js';

/**
 * A web form as editors define it: pages of questions from a closed set of field
 * kinds, routing between pages, and what happens after. The CMS stores it, the site
 * renders it and the submission endpoint checks answers against it, all through
 * this one description.
 */
export const FIELD_KINDS = [
  'short-text',
  'long-text',
  'email',
  'uk-phone',
  'uk-postcode',
  'uk-address',
  'date',
  'number',
  'yes-no',
  'radios',
  'checkboxes',
  'select',
  'file',
  'hidden',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Field names are the keys of a submission's answers: short, lower case, URL-safe. */
export const fieldNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,49}$/, 'Field names use lower-case letters, digits and hyphens, like full-name');

const base = {
  name: fieldNameSchema,
  label: z.string().trim().min(1, 'Every question needs a label').max(200),
  hint: z.string().trim().max(500).nullish(),
  optional: z.boolean().default(false),
  /** How error messages name the answer, like "your postcode"; defaults to the label. */
  errorName: z.string().trim().max(100).nullish(),
};

const optionSchema = z.object({
  value: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(200),
  hint: z.string().trim().max(300).nullish(),
});
export type FieldOption = z.infer<typeof optionSchema>;
/** The site reads at most this many options and conditions from the CMS (site/src/lib/graphql/queries). */
export const MAX_OPTIONS = 100;
export const MAX_CONDITIONS = 20;
const options = z.array(optionSchema).max(MAX_OPTIONS, `A question can have at most ${MAX_OPTIONS} options`);

/** "today", or a fixed YYYY-MM-DD date. */
const dateBound = z.union([z.literal('today'), z.iso.date()]).nullish();

export const fieldSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('short-text'),
    minLength: z.number().int().min(0).nullish(),
    maxLength: z.number().int().min(1).max(500).default(100),
  }),
  z.object({
    ...base,
    kind: z.literal('long-text'),
    minLength: z.number().int().min(0).nullish(),
    maxLength: z.number().int().min(1).max(10_000).default(1200),
  }),
  z.object({ ...base, kind: z.literal('email') }),
  z.object({ ...base, kind: z.literal('uk-phone') }),
  z.object({ ...base, kind: z.literal('uk-postcode') }),
  z.object({ ...base, kind: z.literal('uk-address') }),
  z.object({ ...base, kind: z.literal('date'), earliest: dateBound, latest: dateBound }),
  z.object({
    ...base,
    kind: z.literal('number'),
    min: z.number().nullish(),
    max: z.number().nullish(),
    wholeNumber: z.boolean().default(true),
  }),
  z.object({ ...base, kind: z.literal('yes-no') }),
  z.object({ ...base, kind: z.literal('radios'), options }),
  z.object({ ...base, kind: z.literal('select'), options }),
  z.object({
    ...base,
    kind: z.literal('checkboxes'),
    options,
    maxSelected: z.number().int().min(1).nullish(),
  }),
  z.object({
    ...base,
    kind: z.literal('file'),
    maxBytes: z
      .number()
      .int()
      .min(1)
      .max(20 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    accept: z
      .array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'Give file types as MIME types, like image/jpeg'))
      .min(1),
  }),
  /** A value the form carries but residents do not type, like the verge a report is about. */
  z.object({ ...base, kind: z.literal('hidden'), maxLength: z.number().int().min(1).max(500).default(200) }),
]);
export type FormField = z.infer<typeof fieldSchema>;
export type FieldOf<K extends FieldKind> = Extract<FormField, { kind: K }>;

/** Show a page only when an earlier answer is this value (for checkboxes: includes it). */
export const conditionSchema = z.object({ field: fieldNameSchema, equals: z.string().min(1).max(100) });
export type Condition = z.infer<typeof conditionSchema>;

export const questionPageSchema = z.object({
  kind: z.literal('questions'),
  id: fieldNameSchema,
  title: z.string().trim().max(200).nullish(),
  /** Every condition must hold for the page to show; none means always. */
  showIf: z
    .array(conditionSchema)
    .max(MAX_CONDITIONS, `A page can have at most ${MAX_CONDITIONS} conditions`)
    .default([]),
  fields: z.array(fieldSchema),
});

/** "You cannot use this form": ends the form, with what to do instead. */
export const exitPageSchema = z.object({
  kind: z.literal('exit'),
  id: fieldNameSchema,
  title: z.string().trim().min(1, 'An exit page needs a title').max(200),
  body: z.string().trim().min(1, 'Say what the resident should do instead').max(2000),
  showIf: z
    .array(conditionSchema)
    .min(1, 'An exit page needs a condition, or no one could use the form')
    .max(MAX_CONDITIONS, `A page can have at most ${MAX_CONDITIONS} conditions`),
});

export const formPageSchema = z.discriminatedUnion('kind', [questionPageSchema, exitPageSchema]);
export type QuestionPage = z.infer<typeof questionPageSchema>;
export type ExitPage = z.infer<typeof exitPageSchema>;
export type FormPage = z.infer<typeof formPageSchema>;

export const formDefinitionSchema = z.object({
  slug: z.string().min(1),
  title: z.string().trim().min(1).max(120),
  introduction: z.string().trim().max(2000).nullish(),
  pages: z.array(formPageSchema).min(1, 'A form needs at least one page'),
  checkAnswers: z.boolean().default(true),
  /** "What happens next", shown on the confirmation page and in the email. */
  confirmation: z.string().trim().min(1, 'Say what happens next').max(2000),
  expectedResponse: z
    .unknown()
    .refine((value) => value !== null && value !== undefined, 'Say when residents can expect a reply')
    .pipe(expectedResponseSchema),
  retentionDays: z.number().int().min(1).max(3650),
  version: z.number().int().min(1).default(1),
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

export function questionPages(definition: Pick<FormDefinition, 'pages'>): QuestionPage[] {
  return definition.pages.filter((page): page is QuestionPage => page.kind === 'questions');
}

export function allFields(definition: Pick<FormDefinition, 'pages'>): FormField[] {
  return questionPages(definition).flatMap((page) => page.fields);
}
