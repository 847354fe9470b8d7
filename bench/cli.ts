// `npm run bench -- [--scale 10k,100k,1m] [--duration 10] [--write docs/benchmarks.md]`:
// the production server on synthetic data at each scale, measured in one run (README: Benchmark).
import { writeFileSync } from 'node:fs';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { parseBenchArgs } from './args';
import { benchImports } from './import';
import { renderReport } from './report';
import { benchScale, describeError, type ScaleResult } from './scale';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchArgs(argv);
  if (!buildIfStale()) throw new Error('next build failed');
  const scales: ScaleResult[] = [];
  for (const rows of options.scales) scales.push(await benchScale(rows, options, scales.length === 0));
  const imports = await benchImports((line) => console.log(line));
  const report = renderReport(
    scales,
    options,
    ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
    new Date(),
    imports,
  );
  console.log(`\n${report}`);
  if (options.write) {
    writeFileSync(options.write, report);
    console.log(`Written to ${options.write}.`);
  }
}

main().catch((error: unknown) => {
  console.error(describeError(error));
  process.exit(1);
});
