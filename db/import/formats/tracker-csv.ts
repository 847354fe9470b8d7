// Reads the tracker's own CSV (db/tracker-csv/columns.ts): the header says which kind of
// entry the file holds; each row becomes an entry record with its cells by column name,
// validated later by the same rules as the admin forms (plan-entries.ts).

import path from 'node:path';
import { LIST_COLUMNS } from '@/domain/list-download';
import { entityOfHeader, TRACKER_ENTITIES, unguardCell } from '@/domain/tracker-csv';
import type { ImportedRecord, ListDescription, ParsedFile } from '../records';
import { firstCsvLine, lineSpan, readCsvRows } from './csv-rows';

export const TRACKER_LIST: ListDescription = {
  title: "The tracker's own CSV",
  publisher: 'Sanctions & Aid Tracker',
  language: 'en',
};

export async function readTrackerCsv(file: string): Promise<ParsedFile> {
  const name = path.basename(file);
  const what = "the tracker's own CSV";
  const { line, cells } = await firstCsvLine(file, what);
  const header = cells.map((c) => c.trim());
  const entity = entityOfHeader(header);
  if (!entity)
    throw new Error(
      `${name} is not ${what}: its header row is not that of ${TRACKER_ENTITIES.join(', ')} (first line: "${line.slice(0, 80)}"); download a template from the import page`,
    );
  // A list's download adds the page's figures (read-only, passed over like the permalink).
  const known = new Set(LIST_COLUMNS[entity].map((c) => c.name));
  const unknown = header.filter((h) => !known.has(h)).map((h) => h || '(a column without a name)');
  if (unknown.length > 0)
    throw new Error(
      `${name} has columns the ${entity} CSV does not have: ${unknown.join(', ')}; remove or rename them so nothing is left out unseen`,
    );
  if (new Set(header).size !== header.length) throw new Error(`${name} names a column twice in its header`);
  return {
    list: { ...TRACKER_LIST, title: `${TRACKER_LIST.title}: ${entity}` },
    records: rows(file, name, header),
  };
}

async function* rows(file: string, name: string, header: string[]): AsyncGenerator<ImportedRecord> {
  const entity = entityOfHeader(header)!;
  let first = true;
  for await (const row of readCsvRows(file)) {
    const at = `${name} line ${row.line}`;
    if ('error' in row) {
      yield { type: 'error', error: { at, reason: lineSpan(row.line, row.lastLine, row.error) } };
      continue;
    }
    if (first) {
      first = false;
      continue;
    }
    if (row.cells.length !== header.length) {
      yield {
        type: 'error',
        error: { at, reason: `${row.cells.length} cells where the header has ${header.length}` },
      };
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((column, i) => {
      cells[column] = unguardCell(row.cells[i]!.trim());
    });
    yield { type: 'entry', entry: { at, entity, cells } };
  }
}
