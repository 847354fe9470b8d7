import 'server-only';
import { stringify } from 'csv-stringify/sync';

// A table as CSV the way every download of the tracker is written (db/tracker-csv):
// RFC 4180 with a header and CRLF, numbers as written, a cell that a spreadsheet would
// read as a formula (=, +, -, @) neutralised, lists joined by ";".

export function csvTable(columns: string[], rows: Record<string, unknown>[]): string {
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: {
      number: (n) => String(n),
      object: (value) => (Array.isArray(value) ? value.join(';') : JSON.stringify(value)),
    },
  });
}
