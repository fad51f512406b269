import { describeIssues } from '../errors.js';
import { checkDefinition } from './check-definition.js';
import {
  componentForKind,
  fieldSchema,
  formDefinitionSchema,
  cmsComponentOf,
  kindForComponent,
  type FormDefinition,
  type FormDefinitionInput,
} from './definition.js';

/**
 * Editors build a form as one list of questions in the CMS, with "New page" and "Exit
 * page" entries between them. This turns that list into the domain's pages, and
 * reports problems by the editor's own list position, from 1 ("Question 5, Postcode").
 */
export interface CmsQuestion {
  /** The component, as the Document Service ("form.short-text") or GraphQL ("ComponentFormShortText") names it. */
  component: string;
  [attribute: string]: unknown;
}

export interface CmsFormEntry {
  slug: string;
  title: string;
  introduction?: string | null;
  questions: CmsQuestion[];
  checkAnswers: boolean;
  confirmation: string;
  expectedResponse: unknown;
  retentionDays: number;
  version?: number | null;
}

/** "form.short-text" and "ComponentFormShortText" both give "short-text". */
export function componentName(component: string): string {
  if (component.startsWith('form.')) return component.slice('form.'.length);
  return component
    .replace(/^ComponentForm/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/^Uk/, 'uk')
    .toLowerCase();
}

const FIRST_PAGE = 'start';

interface Position {
  question: number;
  label: string;
}

/** Strapi sends null for unset attributes; the domain's schema reads them as absent. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

function conditions(value: unknown): unknown[] {
  return Array.isArray(value)
    ? value
        .map((condition) => withoutNulls(condition as Record<string, unknown>))
        .map(({ field, equals }) => ({ field, equals }))
    : [];
}

/** The words an editor sees in the admin panel for a question's settings (cms/src/components/form). */
const SETTING_WORDS: Readonly<Record<string, string>> = {
  showIf: 'show only if, condition',
  field: 'question',
  equals: 'answer',
  options: 'options',
  value: 'value',
  name: 'name',
  label: 'label',
  hint: 'hint',
  pageId: 'page name',
  title: 'title',
  body: 'text',
  id: 'page name',
};

/**
 * A question as the editor finds it: "Question 2, Call us now", by its place in the
 * admin's list counted from 1, then what within it, in words ("show only if,
 * condition 1, question") rather than the definition's path (`showIf[0].field`).
 */
function questionAt(position: Position, rest: string): string {
  const within = rest
    .split('.')
    .filter(Boolean)
    .map((part) => {
      const [, key = part, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(part) ?? [];
      const words = SETTING_WORDS[key] ?? key;
      return index === undefined ? words : `${words} ${Number(index) + 1}`;
    })
    .join(', ');
  return `Question ${position.question + 1}, ${position.label}${within ? ` (${within})` : ''}`;
}

export function definitionFromCms(entry: CmsFormEntry): { definition: FormDefinition | null; problems: string[] } {
  const pages: Array<Record<string, unknown> & { fields?: unknown[] }> = [];
  const pagePositions: Position[] = [];
  const fieldPositions: Position[][] = [];
  let current: (Record<string, unknown> & { fields: unknown[] }) | null = null;

  const startPage = (page: Record<string, unknown> & { fields: unknown[] }, position: Position) => {
    current = page;
    pages.push(page);
    pagePositions.push(position);
    fieldPositions.push([]);
  };

  entry.questions.forEach((question, index) => {
    // Strapi's component row `id` means nothing to the definition.
    const { component, id, ...attributes } = withoutNulls(question) as CmsQuestion;
    const name = componentName(component);
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const label = text(attributes.label) ?? text(attributes.title) ?? text(attributes.pageId) ?? name;
    if (name === 'page-break') {
      startPage(
        {
          kind: 'questions',
          id: attributes.pageId,
          title: attributes.title,
          showIf: conditions(question.showIf),
          fields: [],
        },
        { question: index, label },
      );
      return;
    }
    if (name === 'exit-page') {
      pages.push({
        kind: 'exit',
        id: attributes.pageId,
        title: attributes.title,
        body: attributes.body,
        showIf: conditions(question.showIf),
      });
      pagePositions.push({ question: index, label });
      fieldPositions.push([]);
      current = null;
      return;
    }
    if (!current) {
      const previous = pages.at(-1);
      startPage(
        { kind: 'questions', id: previous ? `after-${String(previous.id)}` : FIRST_PAGE, showIf: [], fields: [] },
        { question: index, label },
      );
    }
    // A component no kind stores keeps its own name as its kind, for the schema to refuse by name.
    const kind = kindForComponent(name);
    const fromCms = kind && cmsComponentOf(kind).fromCms;
    const field: Record<string, unknown> = {
      ...(fromCms ? fromCms(attributes) : attributes),
      kind: kind ?? name,
    };
    if (Array.isArray(attributes.options)) {
      field.options = attributes.options.map((option) => {
        const { id: optionId, ...rest } = withoutNulls(option as Record<string, unknown>);
        return rest;
      });
    }
    current!.fields.push(field);
    fieldPositions.at(-1)!.push({ question: index, label });
  });

  const rewrite = (problem: string) =>
    problem
      .replace(/^pages\[(\d+)\]\.fields\[(\d+)\](\S*?):/, (_match, page: string, field: string, rest: string) => {
        const position = fieldPositions[Number(page)]?.[Number(field)];
        return position ? `${questionAt(position, rest)}:` : _match;
      })
      .replace(/^pages\[(\d+)\](\S*?):/, (_match, page: string, rest: string) => {
        const position = pagePositions[Number(page)];
        return position ? `${questionAt(position, rest)}:` : _match;
      })
      .replace(/^pages:/, 'Questions:');

  const parsed = formDefinitionSchema.safeParse({
    slug: entry.slug,
    title: entry.title,
    introduction: entry.introduction,
    pages,
    checkAnswers: entry.checkAnswers,
    confirmation: entry.confirmation,
    expectedResponse: entry.expectedResponse,
    retentionDays: entry.retentionDays,
    version: Math.max(1, entry.version ?? 1),
  });
  if (!parsed.success) return { definition: null, problems: describeIssues(parsed.error).map(rewrite) };
  const problems = checkDefinition(parsed.data).map(rewrite);
  return { definition: problems.length === 0 ? parsed.data : null, problems };
}

/**
 * The inverse of definitionFromCms: a definition as the CMS stores it, for loading a
 * council's forms (the demo council's, a council's own) through the Document Service.
 */
export function toCmsQuestions(definition: FormDefinitionInput): Array<Record<string, unknown>> {
  return definition.pages.flatMap((page) => {
    const showIf = page.showIf ?? [];
    if (page.kind === 'exit') {
      return [{ __component: 'form.exit-page', pageId: page.id, title: page.title, body: page.body, showIf }];
    }
    return [
      { __component: 'form.page-break', pageId: page.id, title: page.title ?? null, showIf },
      ...page.fields.map((field) => {
        const { toCms } = cmsComponentOf(field.kind);
        const { kind, ...settings } = field;
        const attributes = toCms ? toCms(fieldSchema.parse(field)) : settings;
        return { __component: `form.${componentForKind(kind)}`, ...attributes };
      }),
    ];
  });
}
