import type { FoundVerge } from '../../lib/verges/browser/found';
import { StatusTag } from './StatusTag';

/**
 * The keyboard and screen-reader way into the map: every verge shown on the map is
 * a button here (street, reference, status), grouped by street. Choosing one does
 * what clicking its shape does.
 */
export interface VergeResultsProps {
  heading: string;
  verges: FoundVerge[];
  selected: string | null;
  onSelect: (reference: string) => void;
  streetHref: (slug: string) => string;
}

export const resultButtonId = (reference: string) => `verge-result-${reference.replace(/[^\w-]/g, '-')}`;

function byStreet(verges: readonly FoundVerge[]): FoundVerge[][] {
  const groups = new Map<string, FoundVerge[]>();
  for (const verge of verges) groups.set(verge.streetSlug, [...(groups.get(verge.streetSlug) ?? []), verge]);
  return [...groups.values()];
}

export function VergeResults({ heading, verges, selected, onSelect, streetHref }: VergeResultsProps) {
  const streets = byStreet(verges);
  const nearby = verges.some((verge) => verge.distance !== undefined);
  return (
    <section aria-labelledby="verge-results-heading">
      <h2 className="govuk-heading-m" id="verge-results-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p className="govuk-body">
        {verges.length} {verges.length === 1 ? 'verge' : 'verges'}
        {streets.length > 1 ? ` on ${streets.length} streets` : ''}. Choose one to see when it is cut.
      </p>
      {streets.map((group) => {
        const first = group[0]!;
        return (
          <div key={first.streetSlug}>
            {streets.length > 1 && (
              <h3 className="govuk-heading-s">
                {first.streetName}, {first.locality}
              </h3>
            )}
            <ul className="app-verge-results">
              {group.map((verge) => (
                <li key={verge.reference}>
                  <button
                    type="button"
                    id={resultButtonId(verge.reference)}
                    className="app-verge-result"
                    aria-current={verge.reference === selected ? 'true' : undefined}
                    onClick={() => onSelect(verge.reference)}
                  >
                    <span className="app-verge-result__street">{verge.streetName}</span>
                    <span>{verge.reference}</span>
                    {nearby && <span>about {verge.distance} metres away</span>}
                    <StatusTag status={verge.status} />
                  </button>
                </li>
              ))}
            </ul>
            {!nearby && (
              <p className="govuk-body">
                <a className="govuk-link" href={streetHref(first.streetSlug)}>
                  Every verge on {first.streetName}, {first.locality}, on one page
                </a>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
