import { z } from 'zod';
import { expectedResponseSchema } from '../expected-response.js';
import { fieldSchema, type FormField } from './kinds/index.js';
import { fieldNameSchema, MAX_CONDITIONS } from './kinds/kind.js';

/**
 * A web form as editors define it: pages of fields, each of a kind from the closed
 * set in `kinds/`, routing between pages, and what happens after. The CMS stores it,
 * the site renders it and the submission endpoint checks answers against it, all
 * through this one description.
 */
export {
  fieldSchema,
  FIELD_KINDS,
  kindOf,
  kindForComponent,
  componentForKind,
  cmsComponentOf,
  type FormField,
  type FieldKind,
  type FieldOf,
} from './kinds/index.js';
export {
  fieldNameSchema,
  optionSchema,
  MAX_OPTIONS,
  MAX_CONDITIONS,
  type FieldOption,
  type FieldKindModule,
  type FieldView,
  type FieldPart,
  type CmsComponent,
  type StrapiAttribute,
} from './kinds/kind.js';
export * from './kinds/cms-components.js';

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
