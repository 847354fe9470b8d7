// `npm run import -- FILE [--format F] [--as-of YYYY-MM-DD] [--dry-run] [--choose LISTKEY=ID|new]…`:
// reads a sanctions list into the database at DATABASE_PATH, printing the preview the import
// page shows, then applying it in one transaction (or not, with --dry-run). For OFAC, FILE is
// sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it. An entry that fits several
// parties is left out unless --choose says which party it is (or a new one), as the import
// page does. Exits 1 with the reason on a refused file, and on row errors unless
// --accept-errors says to import the rest.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDb, openAppDatabase } from '../db';
import { applyImport } from '../db/import/apply';
import { planImport } from '../db/import/plan';
import { changesSomething, previewLines } from '../db/import/preview';
import { detectFormat, importSha256, ImportRefused, readImportFile } from '../db/import/read';
import { seedNewDatabase } from '../db/seed/seed';
import { isoDate } from '../domain/validation/fields';
import type { Choice } from '../domain/validation/import-resolutions';
import { IMPORT_FORMATS, type ImportFormat } from '../domain/vocabulary';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'as-of': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'accept-errors': { type: 'boolean' },
      choose: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new ImportRefused(
      'Usage: npm run import -- FILE [--format F] [--as-of YYYY-MM-DD] [--dry-run] [--accept-errors] [--choose LISTKEY=ID|new]…',
    );
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!isoDate('--as-of').safeParse(asOf).success)
    throw new ImportRefused(`--as-of ${asOf} is not a date (YYYY-MM-DD).`);
  const format = (values.format ?? (await detectFormat(file))) as ImportFormat | null;
  if (!format)
    throw new ImportRefused(
      `Cannot tell the format of ${file}; say it with --format (${IMPORT_FORMATS.join(', ')}).`,
    );
  if (!IMPORT_FORMATS.includes(format))
    throw new ImportRefused(`Unknown format ${format}; one of ${IMPORT_FORMATS.join(', ')}.`);

  const parties = chosenParties(values.choose ?? []);

  const started = performance.now();
  // The reader first: it refuses a file that is not what the format says, with the reason.
  const parsed = await readImportFile(file, format);
  const sha256 = await importSha256(file, format);
  openAppDatabase({ whenNew: seedNewDatabase });
  const plan = await planImport(getDb(), parsed, {
    format,
    fileName: path.basename(file),
    sha256,
    asOf,
    resolutions: { parties, aidNames: {} },
  }).catch((error: unknown) => {
    throw new ImportRefused(error instanceof Error ? error.message : String(error));
  });
  for (const line of previewLines(plan)) console.log(line);
  console.log(`Previewed in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (values['dry-run']) return console.log('Dry run: nothing written.');
  // As the import page asks the editor to confirm with the errors shown.
  if (plan.errors.length > 0 && !values['accept-errors'])
    throw new ImportRefused(
      `${plan.errors.length} row(s) cannot be read (listed above); nothing written. Fix the file, or re-run with --accept-errors to import the rest.`,
    );
  if (!changesSomething(plan))
    return console.log('Nothing to change: the tracker already holds this list as it is.');
  const applied = await applyImport(plan, null, (done, total) =>
    process.stdout.write(`\rApplying: ${done} / ${total}${done === total ? '\n' : ''}`),
  );
  console.log(
    `Imported as batch ${applied.batchId} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** `--choose 47371=12 --choose QDi.001=new`: the party each ambiguous entry is. */
function chosenParties(options: string[]): Record<string, Choice> {
  const chosen = new Map<string, Choice>();
  for (const option of options) {
    const match = /^(.+)=([1-9]\d*|new)$/.exec(option);
    if (!match)
      throw new ImportRefused(`--choose ${option}: say LISTKEY=ID (a party's number) or LISTKEY=new.`);
    chosen.set(match[1]!, match[2] === 'new' ? 'new' : Number(match[2]));
  }
  return Object.fromEntries(chosen);
}

main()
  .then(() => console.log(`Peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1000)} MB`))
  .catch((error: unknown) => {
    console.error(error instanceof ImportRefused ? `Refused: ${error.message}` : error);
    process.exit(1);
  });
