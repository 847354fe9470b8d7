// `npm run db:synthetic -- --aid N --sanctions M [--seed S] [--out FILE] [--force]`:
// writes a synthetic database for load tests and demos (see README, "Synthetic data").
import { DatabaseOpenError } from '../client';
import { USAGE, parseSyntheticArgs } from './args';
import { SyntheticError, generateSynthetic, type SyntheticProgress } from './generate';

const number = new Intl.NumberFormat('en');
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const megabytes = (bytes: number) => `${number.format(Math.round(bytes / 1024 / 1024))} MB`;

/** Progress on stderr, at most twice a second, overwriting itself on a terminal. */
function progressPrinter(totalRows: number) {
  const tty = process.stderr.isTTY;
  const started = performance.now();
  let before = 0;
  let rowsBefore = 0;
  let last = started;
  return (p: SyntheticProgress) => {
    const now = performance.now();
    if (p.phase === 'finish') {
      process.stderr.write(
        `${tty ? '\r\x1b[K' : ''}finishing: ${p.step} · ${((now - started) / 1000).toFixed(1)} s${tty ? '' : '\n'}`,
      );
      return;
    }
    const rows = rowsBefore + p.done;
    if (p.done === p.total) rowsBefore += p.total;
    if (now - last < (tty ? 500 : 2000) && p.done !== p.total) return;
    const rate = (rows - before) / ((now - last || 1) / 1000);
    [before, last] = [rows, now];
    const percent = totalRows === 0 ? 100 : Math.floor((100 * rows) / totalRows);
    const line = `${p.phase} ${number.format(p.done)}/${number.format(p.total)} · ${percent}% of rows · ${number.format(Math.round(rate))} rows/s · ${((now - started) / 1000).toFixed(1)} s`;
    process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
}

function main() {
  const options = parseSyntheticArgs(process.argv.slice(2));
  const result = generateSynthetic({
    ...options,
    onProgress: progressPrinter(options.aid + options.sanctions),
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const c = result.counts;
  console.log(
    [
      `Wrote ${result.file} (seed ${result.seed}) in ${result.seconds.toFixed(1)} s`,
      `  ${number.format(c.parties)} parties, ${number.format(c.sources)} sources, ${number.format(c.events)} events (${number.format(c.eventParties)} event parties)`,
      `  ${number.format(c.aidPackages)} aid packages, ${number.format(c.sanctions)} sanctions, ${number.format(c.citations)} citations`,
      // CPU time too: on a shared machine the wall-clock time says more about the neighbours.
      `  file ${megabytes(result.bytes)}, peak RSS ${megabytes(process.resourceUsage().maxRSS * 1024)}, CPU ${cpuSeconds().toFixed(1)} s`,
      result.topDonor
        ? `  biggest donor: ${result.topDonor.slug} (${result.topDonor.name}), $${number.format(result.topDonor.committedUsd)} committed`
        : '  no committed aid, so no biggest donor',
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  if (error instanceof SyntheticError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof DatabaseOpenError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
