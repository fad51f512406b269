import { kindOf, type FormField } from '../definition.js';
import { escapeHtml } from './escape.js';

/**
 * A page that links to a form can fill in some of its questions: the verge pages'
 * "Report a problem with this verge" gives `?verge-reference=…&street=…&postcode=…`.
 * Only kinds whose module says `prefill` (text), so a link cannot choose an answer for
 * the resident. The island reads the link itself; without JavaScript the live server fills
 * the static form (site/server), finding each prefillable control by its data-prefill.
 */
const prefillable = (field: FormField): boolean => kindOf(field).prefill === true;
const MAX_LENGTH = 500;

export const prefillAttribute = (field: FormField): Record<string, string | undefined> =>
  prefillable(field) ? { 'data-prefill': field.name } : {};

/** The prefilled values a link carries for a form's questions. */
export function prefillValues(fields: readonly FormField[], params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(
    fields
      .filter((field) => prefillable(field) && params.get(field.name)?.trim())
      .map((field) => [field.name, params.get(field.name)!.slice(0, MAX_LENGTH)]),
  );
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The static form with the link's values written in: inputs' values and textareas' text, escaped. */
export function prefillFormHtml(html: string, params: URLSearchParams): string {
  let filled = html;
  for (const [name, raw] of params) {
    if (!NAME.test(name) || !raw.trim()) continue;
    const value = escapeHtml(raw.slice(0, MAX_LENGTH));
    const marker = `data-prefill="${name}"`;
    filled = filled
      .replace(new RegExp(`<input([^>]*?) ${marker}([^>]*)>`, 'g'), (tag: string) =>
        tag.replace(/ value="[^"]*"/, ` value="${value}"`),
      )
      .replace(new RegExp(`(<textarea[^>]* ${marker}[^>]*>)[^<]*(</textarea>)`, 'g'), `$1${value}$2`);
  }
  return filled;
}
