import { STATUS_STYLES, type MapStatus } from '../../lib/verges/shared/labels';

/** A verge's status in words, as a GOV.UK tag (the colour is never the only signal). */
export function StatusTag({ status }: { status: MapStatus }) {
  const style = STATUS_STYLES[status];
  return <strong className={`govuk-tag ${style.tagClass}`}>{style.text}</strong>;
}
