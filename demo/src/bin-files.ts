import { BIN_NAMES, type BinRound } from '@doorstep/domain';

/**
 * Rounds as a council's waste team keeps them, the files `npm run import:bins` reads
 * (see the README, "Bin collection days"): one row per street and bin, and one row per
 * collection moved.
 */
const csvField = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const title = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

export function toBinRoundsCsv(rounds: readonly BinRound[]): string {
  const lines = ['usrn,street,locality,postcodes,bin,bin_name,colour,day,every_weeks,first_collection'];
  for (const round of rounds) {
    for (const service of round.services) {
      lines.push(
        [
          round.usrn,
          round.streetName,
          round.locality,
          round.postcodes.join(', '),
          BIN_NAMES[service.bin],
          service.name,
          title(service.colour),
          title(service.weekday),
          service.everyWeeks,
          service.firstCollection,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function toBinExceptionsCsv(rounds: readonly BinRound[]): string {
  const lines = ['usrn,bin,original_date,new_date,reason'];
  for (const round of rounds) {
    for (const change of round.exceptions) {
      lines.push(
        [round.usrn, change.bin ? BIN_NAMES[change.bin] : '', change.originalDate, change.newDate, change.reason]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
