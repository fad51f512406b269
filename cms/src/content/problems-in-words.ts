import type { Core } from '@strapi/strapi';
import { COMPONENTS, EDITORIAL_TYPES as WORDS } from './admin-words';

interface Attribute {
  type: string;
  component?: string;
}
interface Schema {
  attributes: Record<string, Attribute>;
}

const schemaIn = (registry: unknown, uid: string): Schema | undefined =>
  (registry as Record<string, Schema | undefined>)[uid];

/** The field path a problem starts with, as the contracts write it: `contactChannels[1].value: …`. */
const PLACE = /^([A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*)*): /;
const STEP = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/**
 * A publish problem with its place in the council's words, as the edit view labels the
 * fields (cms/src/content/admin-words), counted from 1: `contactChannels[1].value: …`
 * becomes `Ways to contact the service, item 2, Where: …` and `body[0]: …`
 * `Page content, block 1: …`. A place the words do not know keeps its name.
 */
export function problemInWords(strapi: Core.Strapi, uid: string, problem: string): string {
  const place = PLACE.exec(problem);
  if (!place) return problem;
  let schema = schemaIn(strapi.contentTypes, uid);
  let words = WORDS[uid]?.fields;
  let attribute: Attribute | undefined;
  const parts: string[] = [];
  for (const [, name, index] of place[1]!.matchAll(STEP)) {
    if (index !== undefined) {
      parts.push(`${attribute?.type === 'blocks' ? 'block' : 'item'} ${Number(index) + 1}`);
      continue;
    }
    attribute = schema?.attributes[name!];
    parts.push(words?.[name!]?.label ?? name!);
    // Into a component's own fields; a relation, rich text or a dynamic zone's parts are named by position only.
    const component = attribute?.type === 'component' ? attribute.component : undefined;
    schema = component ? schemaIn(strapi.components, component) : undefined;
    words = component ? COMPONENTS[component]?.fields : undefined;
  }
  return `${parts.join(', ')}: ${problem.slice(place[0].length)}`;
}
