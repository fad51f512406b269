import { VERGE_CATEGORIES, VERGE_STATUSES } from '@doorstep/domain';

/**
 * Property values as councils write them, turned into what a verge needs: numbers kept
 * as text, postcodes as one string, categories in words ("Urban amenity grass").
 * `undefined` means the file does not give the value, so an existing verge keeps its own.
 */
export function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const result = (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '').trim();
  return result === '' ? undefined : result;
}

/**
 * Street and place names as residents read them: GIS layers often hold them in capitals
 * ("ST MARY'S ROAD"), which screen readers spell out and nobody else writes. Names
 * with any lower case are left exactly as the council wrote them.
 */
export function placeName(value: unknown): string | undefined {
  const written = text(value);
  if (written === undefined || /[a-z]/.test(written)) return written;
  return written
    .toLowerCase()
    .replace(/(^|[\s\-(])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\b([a-z]\d+[a-z]?)\b/gi, (road) => road.toUpperCase());
}

/** A number, or the original value (for validation to name) when it is not one. */
export function number(value: unknown): unknown {
  const written = typeof value === 'string' ? value.trim().replace(/,/g, '') : value;
  if (written === '' || written === null || written === undefined) return undefined;
  const parsed = typeof written === 'string' ? Number(written) : written;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : value;
}

export function postcodes(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map((item) => String(item).trim()).filter(Boolean);
  const written = text(value);
  return written === undefined
    ? undefined
    : written
        .split(/[,;|/\n]+/)
        .map((part) => part.trim())
        .filter(Boolean);
}

const words = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** One of VERGE_CATEGORIES when the words say which; otherwise as written, for the check to quote. */
export function category(value: unknown): string | undefined {
  const written = text(value);
  if (written === undefined) return undefined;
  const plain = words(written);
  const exact = VERGE_CATEGORIES.find((name) => words(name) === plain);
  if (exact) return exact;
  if (/splay|visibility|sight line/.test(plain)) return 'visibility-splay';
  if (/rural|verge/.test(plain)) return 'rural-verge';
  if (/amenity|urban|grass/.test(plain)) return 'urban-amenity';
  return written;
}

/** One of VERGE_STATUSES when the words say which; otherwise as written. */
export function currentStatus(value: unknown): string | undefined {
  const written = text(value);
  if (written === undefined) return undefined;
  const plain = words(written);
  const exact = VERGE_STATUSES.find((name) => words(name) === plain);
  if (exact) return exact;
  if (/problem|report/.test(plain)) return 'problem-reported';
  if (/overdue/.test(plain)) return 'cut-overdue';
  if (/^(fine|ok|good|none)$/.test(plain)) return 'fine';
  return written;
}
