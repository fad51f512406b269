import { allFields, type FormDefinition } from './definition.js';
import { answersMany, partsOf } from './kinds/view.js';

/**
 * An HTML form posts flat fields: `address[line1]`, `date-of-birth[day]`, a
 * checkbox name once per ticked box. Body parsers hand these over in different
 * shapes (qs nests them, formidable keeps the brackets, either may wrap a value in
 * an array), so this turns whatever arrived into the answers object the answers
 * schema checks. It never decides what is valid: anything odd is passed through
 * for the schema to refuse with its own message.
 */

/** The name an input posts under: `address[line1]` for a part, the question's name otherwise. */
export function inputName(name: string, part?: string): string {
  return part ? `${name}[${part}]` : name;
}

/** The id of an input, prefixed so no question's name can clash with the page's own ids. */
export function inputId(name: string, part?: string | null): string {
  return part ? `f-${name}-${part}` : `f-${name}`;
}

/** One value as posted: parsers may wrap a single value in an array. */
function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

const own = (record: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export function answersFromFormPost(
  definition: Pick<FormDefinition, 'pages'>,
  body: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const field of allFields(definition)) {
    const parts = partsOf(field);
    if (parts) {
      const nested = single(body[field.name]);
      const value: Record<string, unknown> = {};
      if (own(body, field.name)) used.add(field.name);
      for (const part of parts) {
        const flat = inputName(field.name, part);
        if (own(body, flat)) used.add(flat);
        const fromNested =
          typeof nested === 'object' && nested !== null && !Array.isArray(nested)
            ? (nested as Record<string, unknown>)[part]
            : undefined;
        const partValue = single(own(body, flat) ? body[flat] : fromNested);
        if (partValue !== undefined) value[part] = partValue;
      }
      if (Object.keys(value).length > 0) answers[field.name] = value;
      else if (own(body, field.name)) answers[field.name] = nested;
      continue;
    }
    if (!own(body, field.name)) continue;
    used.add(field.name);
    const value = body[field.name];
    answers[field.name] = answersMany(field) ? value : single(value);
  }
  // Anything else the form does not have: the schema names it ("… is not a question on this form").
  for (const key of Object.keys(body)) {
    if (!used.has(key) && !key.startsWith('_')) answers[key] = body[key];
  }
  return answers;
}
