/**
 * The two static pages the live server completes with what the resident gave, so the
 * journeys work without JavaScript (issue 12):
 * - a web form opened from a link that knows some answers (the verge pages' "Report a
 *   problem with this verge" gives the verge's reference, street and postcode): the
 *   static form with those answers written in (`prefillFormHtml`, from the domain);
 * - the verge search: one street or a postcode area found leads to its page; several
 *   streets, or nothing found, are said on the search page, the query kept in its box.
 * Everything else in these pages is the build's own HTML; the answers are escaped text.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { escapeHtml, FORM_PAGE_PATH, prefillFormHtml, sitePaths } from '@doorstep/domain';
import { createVergeData } from '../src/lib/verges/browser/client';
import { answerQuery, streetLabel, type SearchAnswer } from '../src/lib/verges/browser/search';
import { matchHubsNear } from './hubs-near';
import { answerBinSearch } from './bin-search';
import { PLAIN_HEADERS } from './responses';
import { SECURITY_HEADERS } from './security-headers';

export interface AnsweredPage {
  /** The page's path in the build, and how to complete it; null when the static page serves as it is. */
  match(
    pathname: string,
    search: URLSearchParams,
  ): { file: string; complete(html: string, buildDir: string): Promise<string | Redirect> } | null;
}

interface Redirect {
  redirect: string;
}

export const answeredPages: AnsweredPage = {
  match(pathname, search) {
    // Community hubs near a postcode, a street or the resident (site/server/hubs-near.ts).
    const hubsNear = matchHubsNear(pathname, search);
    if (hubsNear) return hubsNear;
    if (FORM_PAGE_PATH.test(pathname) && [...search.keys()].some((key) => key !== 'page')) {
      return {
        file: path.join(pathname, 'index.html'),
        complete: (html) => Promise.resolve(prefillFormHtml(html, search)),
      };
    }
    const query = search.get('q');
    if (pathname === sitePaths.vergeSearch && query !== null) {
      return {
        file: path.join(pathname, 'index.html'),
        complete: (html, buildDir) => answerVergeSearch(html, buildDir, query),
      };
    }
    if (pathname === sitePaths.binDaySearch && query !== null) {
      return {
        file: path.join(pathname, 'index.html'),
        complete: (html, buildDir) => answerBinSearch(html, buildDir, query),
      };
    }
    return null;
  },
};

async function answerVergeSearch(html: string, buildDir: string, query: string): Promise<string | Redirect> {
  const data = createVergeData(
    '',
    async (file) => JSON.parse(await readFile(path.join(buildDir, sitePaths.vergeData, file), 'utf8')) as unknown,
  );
  const answer = await answerQuery(data, query.slice(0, 100));
  if (answer.kind === 'streets' && answer.streets.length === 1)
    return { redirect: sitePaths.vergeStreet(answer.streets[0]!.s) };
  if (answer.kind === 'district') return { redirect: sitePaths.vergePostcodeDistrict(answer.outward) };
  return html
    .replace(
      /(<input class="govuk-input" id="verge-search-page-input" name="q")/,
      `$1 value="${escapeHtml(query.slice(0, 100))}"`,
    )
    .replace(/(<div id="verge-search-answer">)[\s\S]*?(<\/div>)/, `$1${answerHtml(answer)}$2`);
}

function answerHtml(answer: SearchAnswer): string {
  switch (answer.kind) {
    case 'problem':
      return `<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(answer.message)}</p>`;
    case 'not-found':
    case 'district':
      return `<p class="govuk-body">${escapeHtml(answer.message)}</p>`;
    case 'streets':
    case 'choose-street':
      return (
        `<h2 class="govuk-heading-m">${escapeHtml(answer.heading)}</h2><ul class="govuk-list">` +
        answer.streets
          .map(
            (street) =>
              `<li><a class="govuk-link" href="${sitePaths.vergeStreet(street.s)}">${escapeHtml(streetLabel(street))}</a></li>`,
          )
          .join('') +
        '</ul>'
      );
  }
}

/** Sends a completed page: never cached, since it holds what one resident gave. */
export function sendAnswered(
  res: ServerResponse,
  req: IncomingMessage,
  result: string | Redirect,
  policy: string,
): void {
  if (typeof result !== 'string') {
    res.writeHead(303, { ...PLAIN_HEADERS, Location: result.redirect, 'Cache-Control': 'no-store' });
    return void res.end();
  }
  const body = Buffer.from(result, 'utf8');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': policy,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': body.length,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
