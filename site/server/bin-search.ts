import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml, sitePaths } from '@doorstep/domain';
import { answerBinQuery, streetLabel, type BinSearchAnswer, type IndexedStreet } from '../src/lib/bins/search';

/**
 * The bin day search answered without JavaScript (with it, the form submits here too):
 * a street or postcode found leads to its page; anything else is said on the search
 * page, the query kept in its box. The answer is escaped text in the build's own HTML.
 */
export async function answerBinSearch(
  html: string,
  buildDir: string,
  query: string,
): Promise<string | { redirect: string }> {
  const file = path.join(buildDir, sitePaths.binDays, 'data/streets.json');
  const streets = JSON.parse(await readFile(file, 'utf8')) as IndexedStreet[];
  const kept = query.slice(0, 100);
  const answer = answerBinQuery(streets, kept);
  if (answer.kind === 'go') return { redirect: answer.href };
  return html
    .replace(/(<input class="govuk-input" id="bin-search-page-input" name="q")/, `$1 value="${escapeHtml(kept)}"`)
    .replace(/(<div id="bin-search-answer">)[\s\S]*?(<\/div>)/, `$1${answerHtml(answer)}$2`);
}

function answerHtml(answer: Exclude<BinSearchAnswer, { kind: 'go' }>): string {
  switch (answer.kind) {
    case 'problem':
      return `<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(answer.message)}</p>`;
    case 'not-found':
      return `<p class="govuk-body">${escapeHtml(answer.message)}</p><p class="govuk-body"><a class="govuk-link" href="${sitePaths.binDays}#streets-a-to-z">Streets A to Z</a></p>`;
    case 'choose':
      return (
        `<h2 class="govuk-heading-m">${escapeHtml(answer.heading)}</h2><ul class="govuk-list">` +
        answer.streets
          .map(
            (street: IndexedStreet) =>
              `<li><a class="govuk-link" href="${sitePaths.binDayStreet(street.s)}">${escapeHtml(streetLabel(street))}</a></li>`,
          )
          .join('') +
        '</ul>'
      );
  }
}
