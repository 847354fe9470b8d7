import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The first entries of the real 2021 SDN list (data/samples/ofac-sdn-2021) with their
// aliases, addresses and remarks: an import long enough to watch its progress (and to
// stop half-way), short enough for a test. Records are copied byte for byte.

const SDN_2021 = path.resolve('data', 'samples', 'ofac-sdn-2021');
export const OFAC_FILES = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'];

/** The records of an OFAC file as written, each with its entry number. */
function records(file: string): { entry: string; raw: string }[] {
  const rows = parse(readFileSync(path.join(SDN_2021, file), 'latin1'), {
    raw: true,
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  }) as unknown as { record: string[]; raw: string }[];
  // Each ends as OFAC ends it, whatever of its delimiter csv-parse left in `raw`.
  return rows.map(({ record, raw }) => ({
    entry: record[0] ?? '',
    raw: `${raw.replace(/[\r\n]+$/, '')}\r\n`,
  }));
}

/** Writes the list's first `entries` entries and what belongs to them; returns the four paths. */
export function ofacSubset(entries: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ofac-subset-'));
  const sdn = records('sdn.csv').slice(0, entries);
  const kept = new Set(sdn.map((r) => r.entry));
  for (const file of OFAC_FILES) {
    const rows = file === 'sdn.csv' ? sdn : records(file).filter((r) => kept.has(r.entry));
    writeFileSync(path.join(dir, file), rows.map((r) => r.raw).join(''), 'latin1');
  }
  return OFAC_FILES.map((f) => path.join(dir, f));
}
