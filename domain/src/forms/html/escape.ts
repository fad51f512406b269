/**
 * Everything the no-JavaScript form shows comes from editors or residents, so every
 * piece of text and every attribute value goes through here: text stays text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** ` name="value"` for each set attribute; `true` writes a bare attribute, false/null/undefined none. */
export function attributes(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .map(([name, value]) => {
      if (value === undefined || value === null || value === false) return '';
      if (value === true) return ` ${name}`;
      return ` ${name}="${escapeHtml(value)}"`;
    })
    .join('');
}

/** Joins the non-empty class names. */
export function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
