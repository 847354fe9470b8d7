import { RefusedFileError, type RowCounts } from './verify';

// The shape both commands share: one FILE argument, a one-line reason on failure, exit 1.

export function runCli(command: 'backup' | 'restore', run: (file: string) => Promise<void>): void {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error(`Usage: npm run ${command} -- FILE`);
    process.exitCode = 2;
    return;
  }
  run(file).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof RefusedFileError ? message : `The ${command} failed: ${message}`);
    process.exitCode = 1;
  });
}

export function printCounts(counts: RowCounts): void {
  const width = Math.max(...Object.keys(counts).map((t) => t.length));
  for (const [table, rows] of Object.entries(counts))
    console.log(`  ${table.padEnd(width)}  ${rows.toLocaleString('en-US')}`);
}
