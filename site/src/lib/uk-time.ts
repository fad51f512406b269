/**
 * Dates as a UK resident sees them. The build runs on servers in UTC, but a verge
 * cut "this week" and "today" change at midnight in London, an hour before UTC in
 * summer, so the build counts days in Europe/London.
 */
const TIME_ZONE = 'Europe/London';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function londonParts(date: Date): Record<string, number> {
  return Object.fromEntries(
    parts
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
}

/** "2026-11-30": the date in the UK at that moment. */
export function ukDate(date: Date): string {
  const { year = 0, month = 0, day = 0 } = londonParts(date);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The next midnight in the UK after `date`: when "today" changes for residents. */
export function nextUkMidnight(date: Date): Date {
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = londonParts(date);
  // Minutes between London's wall clock and UTC now (0 in winter, 60 in summer).
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - date.getTime()) / 60_000);
  const guess = new Date(Date.UTC(year, month - 1, day + 1) - offset * 60_000);
  // The clocks change at 1am UTC, never at midnight, so the guess is right or an hour out.
  const { hour: landed = 0 } = londonParts(guess);
  const hoursOut = landed === 23 ? -1 : landed;
  return new Date(guess.getTime() - hoursOut * 3_600_000);
}
