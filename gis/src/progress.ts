/**
 * Progress on the terminal for large files: a bar redrawn in place on a terminal, or
 * a line every tenth of the way when the output is a log. Always on stderr, so the
 * report on stdout stays clean to pipe or save.
 */
export type Tick = (done: number) => void;

export interface Progress {
  start(label: string, total: number): Tick;
}

export const silentProgress: Progress = { start: () => () => {} };

const count = (value: number) => value.toLocaleString('en-GB');

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return {
    start(label, total) {
      let lastDrawn = 0;
      let lastTenth = -1;
      const started = Date.now();
      return (done) => {
        const fraction = total === 0 ? 1 : done / total;
        const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
        const text = `${label}: ${count(done)} of ${count(total)} (${Math.floor(fraction * 100)}%, ${count(Math.round(rate))}/s)`;
        if (stream.isTTY) {
          if (done < total && Date.now() - lastDrawn < 100) return;
          lastDrawn = Date.now();
          const width = 24;
          const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
          stream.write(`\r[${bar}] ${text}${done >= total ? '\n' : ''}`);
        } else {
          const tenth = Math.floor(fraction * 10);
          if (tenth === lastTenth && done < total) return;
          lastTenth = tenth;
          stream.write(`${text}\n`);
        }
      };
    },
  };
}
