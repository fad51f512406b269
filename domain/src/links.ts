/**
 * The links editors may give, one rule for every field that holds one. A link is a
 * page of this site (`/services/...`) or an address on the web (`https://...`).
 * Browsers read `//evil.example` and `/\evil.example` as another site, and drop tabs
 * and line breaks inside addresses first (`/<tab>/evil.example`), so a "path" that
 * starts with two slashes or holds a backslash, a space or a control character is not
 * one of ours and is refused.
 */
const SPACE_OR_CONTROL = {
  test: (value: string) =>
    /[\s\\]/.test(value) ||
    [...value].some((character) => character.charCodeAt(0) < 32 || character.charCodeAt(0) === 127),
};

/** A page of this site: one slash, then a path. */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !SPACE_OR_CONTROL.test(value);
}

/** An https address naming a real host. */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[^/]/i.test(value) || SPACE_OR_CONTROL.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** For a link shown as a button or banner link: a page of this site or https. */
export const linkProblem = (value: string): string | undefined =>
  isSitePath(value) || isHttpsUrl(value)
    ? undefined
    : 'Enter a link starting with https:// or with / for a page of this site (not //)';

/** For a link in body text, which may also be http, an email address, a phone number or a place on the page. */
export function isRichTextLink(value: string): boolean {
  if (isSitePath(value) || isHttpsUrl(value)) return true;
  // Phone numbers are written with spaces; nothing else is.
  if (/^tel:\+?[0-9 ()-]{3,20}$/i.test(value.replaceAll('%20', ' '))) return true;
  if (SPACE_OR_CONTROL.test(value)) return false;
  if (/^#[\w-]*$/.test(value)) return true;
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(value)) return true;
  return /^http:\/\/[^/]/i.test(value) && isHttpsUrl(`https://${value.slice('http://'.length)}`);
}
