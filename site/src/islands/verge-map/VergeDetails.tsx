import { forwardRef } from 'react';
import { describeCutWindow, formatLongDate } from '@doorstep/domain/verge-rules';
import type { FoundVerge } from '../../lib/verges/browser/found';
import { CATEGORY_WORDS, STATUS_STYLES } from '../../lib/verges/shared/labels';
import { reportProblemHref, type ReportForm } from '../../lib/verges/shared/report';
import { StatusTag } from './StatusTag';

/**
 * The selected verge: the sentences residents read on the street page, its next
 * and last cut, status and note, and the way to report a problem. Its heading
 * takes focus when a verge is chosen, so a screen reader reads it next.
 */
export interface VergeDetailsProps {
  verge: FoundVerge;
  reportForm: ReportForm | null;
  streetHref: string;
  onBack: () => void;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const VergeDetails = forwardRef<HTMLHeadingElement, VergeDetailsProps>(function VergeDetails(
  { verge, reportForm, streetHref, onBack },
  headingRef,
) {
  const { summary } = verge;
  const rows: Array<[string, string]> = [
    ['Next cut', summary.nextCut ? capitalise(describeCutWindow(summary.nextCut)) : 'No more cuts planned this season'],
    [
      'Last cut',
      summary.lastCut?.completedOn ? formatLongDate(summary.lastCut.completedOn) : 'Not cut yet this season',
    ],
    ['Status', STATUS_STYLES[verge.status].text],
    ['Type of grass', CATEGORY_WORDS[verge.category]],
    ['Reference', verge.reference],
  ];
  return (
    <section className="app-verge-details" aria-labelledby="verge-details-heading">
      <h2 className="govuk-heading-m" id="verge-details-heading" tabIndex={-1} ref={headingRef}>
        Verge {verge.reference} on {verge.streetName}, {verge.locality}
      </h2>
      <p className="govuk-body">
        <StatusTag status={verge.status} />
      </p>
      {summary.sentences.map((sentence) => (
        <p className="govuk-body" key={sentence}>
          {sentence}
        </p>
      ))}
      {verge.noteForResidents && (
        <div className="govuk-inset-text">
          <span className="govuk-visually-hidden">Note from the council: </span>
          {verge.noteForResidents}
        </div>
      )}
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {reportForm && (
        <p className="govuk-body">
          <a className="govuk-link" href={reportProblemHref(reportForm, verge)}>
            Report a problem with this verge
          </a>
        </p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={streetHref}>
          Every verge on {verge.streetName}, {verge.locality}, on one page
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`${streetHref}#email-alerts`}>
          Get email alerts for {verge.streetName}
        </a>
        : an email the week before its grass is cut, and when a verge there has a problem.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onBack}>
        Back to the list of verges
      </button>
    </section>
  );
});
