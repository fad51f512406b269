import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The committed schema.graphql (tests/integration/schema-drift.test.ts holds it to the
 * live one) names no private attribute of any content type: not as an output, a
 * filter, nor in the write inputs Strapi generates though no mutation takes them.
 */
const API = new URL('../../cms/src/api/', import.meta.url);
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

const privateFields = readdirSync(API).flatMap((api) => {
  const types = new URL(`${api}/content-types/`, API);
  let names: string[];
  try {
    names = readdirSync(types);
  } catch {
    return [];
  }
  return names.map((name) => {
    const { info, attributes } = JSON.parse(readFileSync(new URL(`${name}/schema.json`, types), 'utf8')) as {
      info: { singularName: string };
      attributes: Record<string, { private?: boolean }>;
    };
    const type = info.singularName.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
    return { type, names: Object.keys(attributes).filter((attribute) => attributes[attribute]!.private) };
  });
});

describe('private fields in the GraphQL schema', () => {
  it('are private somewhere (the check below checks something)', () => {
    expect(privateFields.find((entry) => entry.type === 'ServicePage')?.names).toEqual(['owner', 'reviewBy']);
  });

  it.each(privateFields.filter((entry) => entry.names.length > 0).map((entry) => [entry.type, entry.names] as const))(
    '%s: none of %j is in its type, its filters or its input',
    (type, names) => {
      for (const name of [type, `${type}FiltersInput`, `${type}Input`]) {
        const found = schema.getType(name);
        if (!found || !(isObjectType(found) || isInputObjectType(found))) continue;
        expect(
          Object.keys(found.getFields()).filter((field) => names.includes(field)),
          name,
        ).toEqual([]);
      }
    },
  );
});
