import { BIN_NAMES, formatLongDate, type BinColour, type BinKind, type BinRound } from '@doorstep/domain';

/** How a bin is named and coloured on the pages: the council's name for it, with its colour as a GOV.UK tag. */
const TAG_CLASSES: Record<BinColour, string> = {
  black: 'govuk-tag--grey',
  grey: 'govuk-tag--grey',
  blue: 'govuk-tag--blue',
  green: 'govuk-tag--green',
  brown: 'govuk-tag--orange',
  purple: 'govuk-tag--purple',
};

export function binLabel(round: BinRound, bin: BinKind): { text: string; tagClass: string; what: string } {
  const service = round.services.find((candidate) => candidate.bin === bin);
  const colour = service?.colour ?? 'grey';
  const what = BIN_NAMES[bin];
  return { text: service?.name || `${what} bin`, tagClass: TAG_CLASSES[colour], what };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday 25 December 2026". */
export function dayAndDate(isoDate: string): string {
  const weekday = WEEKDAYS[new Date(`${isoDate}T12:00:00Z`).getUTCDay()]!;
  return `${weekday} ${formatLongDate(isoDate)}`;
}
