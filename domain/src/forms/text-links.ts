import { isHttpsUrl, isSitePath } from '../links.js';

export type TextPart = { text: string } | { text: string; href: string };

/** A path of this site (`/services/check-your-bin-collection-day/`) or an https address, in running text. */
const LINK = /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)]|(?<![\w/])\/[a-z0-9][a-z0-9\-/]*\/)/gi;

/**
 * Plain text an editor wrote (an exit page's "what to do instead") with the addresses
 * in it made into links: a resident should not have to copy a path out of a sentence.
 * Only what the link rules accept becomes a link (links.ts); everything stays text.
 */
export function textWithLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const href = match[0];
    if (!isSitePath(href) && !isHttpsUrl(href)) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: href, href });
    at = match.index + href.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
