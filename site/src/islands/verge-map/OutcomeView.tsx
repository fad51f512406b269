import type { StreetEntry } from '../../lib/verges/shared/format';
import { streetLabel } from '../../lib/verges/browser/search';
import type { Outcome } from './use-verge-search';

/**
 * What a search says when it has no verges to list: why, and where to go next
 * (the district's page, the A to Z of streets), or the streets to choose from.
 */
export function OutcomeView({
  outcome,
  districtHref,
  streetsHref,
  onChoose,
}: {
  outcome: Outcome;
  districtHref: (outward: string) => string;
  streetsHref: string;
  onChoose: (street: StreetEntry) => void;
}) {
  switch (outcome.kind) {
    case 'idle':
    case 'verges':
      return null;
    case 'busy':
      return <p className="govuk-body">{outcome.message}</p>;
    case 'message':
      return (
        <div className="govuk-inset-text">
          <p className="govuk-body">{outcome.message}</p>
          <p className="govuk-body">
            {outcome.district && (
              <>
                <a className="govuk-link" href={districtHref(outcome.district)}>
                  Streets in {outcome.district}
                </a>
                {' or '}
              </>
            )}
            <a className="govuk-link" href={streetsHref}>
              find your street in the A to Z of streets
            </a>
            .
          </p>
        </div>
      );
    case 'choose-street':
      return (
        <section aria-labelledby="verge-streets-heading">
          <h2 className="govuk-heading-m" id="verge-streets-heading" tabIndex={-1}>
            {outcome.heading}
          </h2>
          <p className="govuk-body">Choose your street to see its verges.</p>
          <ul className="app-verge-results">
            {outcome.streets.map((street) => (
              <li key={street.s}>
                <button type="button" className="app-verge-result" onClick={() => onChoose(street)}>
                  <span className="app-verge-result__street">{streetLabel(street)}</span>
                  <span>
                    {street.v} {street.v === 1 ? 'verge' : 'verges'}
                    {street.p.length > 0 ? `, ${street.p.join(', ')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      );
  }
}
