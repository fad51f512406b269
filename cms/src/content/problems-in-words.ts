import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES as WORDS } from './admin-words';

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
}
interface Schema {
  attributes: Record<string, Attribute>;
}
/** Each field's label in the edit view, by content type or component uid. */
export type LabelsOf = (uid: string) => Readonly<Record<string, string>> | undefined;

/**
 * The content manager's configuration services (internal to Strapi 5.54, as
 * cms/src/forms/admin-layouts.ts uses them: re-check on upgrades).
 */
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<{ metadatas?: Record<string, { edit?: { label?: string } }> }>;
}

const schemaIn = (registry: unknown, uid: string): Schema | undefined =>
  (registry as Record<string, Schema | undefined>)[uid];

/** The field path a problem starts with, as the contracts write it: `contactChannels[1].value: …`. */
const PLACE = /^([A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*)*): /;
const STEP = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/** Whether publish problems of this type are told in the edit view's words: the types editors write. */
export const toldInWords = (uid: string): boolean => uid in WORDS;

/**
 * A publish problem with its place in the edit view's words, counted from 1:
 * `contactChannels[1].value: …` becomes `Ways to contact the service, item 2, Where: …`
 * and `body[0].children[1].url: …` `Page content, block 1: …`. A field with no label keeps its name.
 */
export function problemInWords(strapi: Core.Strapi, labelsOf: LabelsOf, uid: string, problem: string): string {
  const place = PLACE.exec(problem);
  if (!place) return problem;
  let schema = schemaIn(strapi.contentTypes, uid);
  let labels = labelsOf(uid);
  let attribute: Attribute | undefined;
  const parts: string[] = [];
  for (const [, name, index] of place[1]!.matchAll(STEP)) {
    if (index !== undefined) {
      const inText = attribute?.type === 'blocks';
      parts.push(`${inText ? 'block' : 'item'} ${Number(index) + 1}`);
      // Inside rich text, the block is as near as editors can look: its inner parts have no names they see.
      if (inText) break;
      continue;
    }
    attribute = schema?.attributes[name!];
    parts.push(labels?.[name!] ?? name!);
    // Into a component's own fields; a relation, rich text or a dynamic zone's parts are named by position only.
    const component = attribute?.type === 'component' ? attribute.component : undefined;
    schema = component ? schemaIn(strapi.components, component) : undefined;
    labels = component ? labelsOf(component) : undefined;
  }
  return `${parts.join(', ')}: ${problem.slice(place[0].length)}`;
}

/** The components a type's fields hold, at any depth. */
function componentsOf(strapi: Core.Strapi, schema: Schema | undefined, found = new Set<string>()): Set<string> {
  for (const attribute of Object.values(schema?.attributes ?? {})) {
    for (const component of [attribute.component, ...(attribute.components ?? [])]) {
      if (!component || found.has(component)) continue;
      found.add(component);
      componentsOf(strapi, schemaIn(strapi.components, component), found);
    }
  }
  return found;
}

/** The edit view's labels for a type and every component in it, as the content manager has them now. */
export async function editViewLabels(strapi: Core.Strapi, uid: string): Promise<LabelsOf> {
  const contentManager = strapi.plugin('content-manager');
  const read = async (service: string, model: string) => {
    const configuration = await (contentManager.service(service) as unknown as ConfigurationService).findConfiguration({
      uid: model,
    });
    return Object.fromEntries(
      Object.entries(configuration.metadatas ?? {}).flatMap(([field, meta]) =>
        meta.edit?.label ? [[field, meta.edit.label]] : [],
      ),
    );
  };
  const labels = new Map<string, Record<string, string>>([[uid, await read('content-types', uid)]]);
  for (const component of componentsOf(strapi, schemaIn(strapi.contentTypes, uid))) {
    labels.set(component, await read('components', component));
  }
  return (model) => labels.get(model);
}

/** Every problem told in the edit view's words, for the types editors write; others as they are. */
export async function problemsInWords(strapi: Core.Strapi, uid: string, problems: string[]): Promise<string[]> {
  if (problems.length === 0 || !toldInWords(uid)) return problems;
  const labelsOf = await editViewLabels(strapi, uid);
  return problems.map((problem) => problemInWords(strapi, labelsOf, uid, problem));
}
