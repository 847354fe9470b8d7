// The three files that come with OFAC's sdn.csv, read whole into maps keyed by ent_num before
// sdn.csv streams: they are small (the full 2021 list: 11,910 aliases, 13,837 addresses, 5
// remark continuations), and each SDN row needs its own rows from all three.

import type { ImportedAlias, RowError } from '../records';
import { lineSpan, readCsvRows } from './csv-rows';

/** OFAC's mark for an empty cell, written `-0- ` (with a trailing space). */
const EMPTY = '-0-';
/** The DOS end-of-file mark (Ctrl-Z) that closes each file OFAC publishes. */
export const END_OF_FILE = '\x1a';

/** A cell as the file gives it, trimmed; OFAC's empty mark becomes ''. */
export function cell(cells: string[], index: number): string {
  const value = (cells[index] ?? '').trim();
  return value === EMPTY ? '' : value;
}

export interface Located<T> {
  line: number;
  value: T;
}

export interface Address {
  address: string;
  city: string;
  country: string;
  remarks: string;
}

export interface Companion<T> {
  /** The file's name as it sits beside sdn.csv. */
  file: string;
  byEntNum: Map<string, Located<T>[]>;
  errors: RowError[];
}

const ALIAS_TYPES: Record<string, ImportedAlias['strength']> = {
  // alt.csv holds the aliases OFAC calls strong, including former and new names: the weak
  // ones are in the SDN row's remarks (OFAC FAQ 123).
  aka: 'strong',
  fka: 'strong',
  nka: 'strong',
};

async function readCompanion<T>(
  path: string,
  file: string,
  columns: number,
  toValue: (cells: string[]) => { value: T } | { error: string } | null,
): Promise<Companion<T>> {
  const companion: Companion<T> = { file, byEntNum: new Map(), errors: [] };
  for await (const row of readCsvRows(path)) {
    const at = `${file} line ${row.line}`;
    if ('error' in row) {
      companion.errors.push({ at, reason: lineSpan(row.line, row.lastLine, row.error) });
      continue;
    }
    if (row.cells.length === 1 && row.cells[0]!.trim() === END_OF_FILE) continue;
    if (row.cells.length !== columns) {
      companion.errors.push({ at, reason: `has ${row.cells.length} cells, expected ${columns}` });
      continue;
    }
    const entNum = cell(row.cells, 0);
    if (!/^\d+$/.test(entNum)) {
      companion.errors.push({ at, reason: `ent_num "${entNum}" is not a number` });
      continue;
    }
    const read = toValue(row.cells);
    if (read === null) continue;
    if ('error' in read) {
      companion.errors.push({ at, reason: read.error });
      continue;
    }
    const rows = companion.byEntNum.get(entNum) ?? [];
    rows.push({ line: row.line, value: read.value });
    companion.byEntNum.set(entNum, rows);
  }
  return companion;
}

/** alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks. */
export function readAliases(path: string, file: string): Promise<Companion<ImportedAlias>> {
  return readCompanion<ImportedAlias>(path, file, 5, (cells) => {
    const type = cell(cells, 2).toLowerCase();
    const name = cell(cells, 3);
    const strength = ALIAS_TYPES[type];
    if (!strength) return { error: `alias type "${type}" is not aka, fka or nka` };
    if (!name) return { error: 'alias name is empty' };
    return { value: { name, strength } };
  });
}

/** add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks. A row with every cell empty says nothing and is passed over. */
export function readAddresses(path: string, file: string): Promise<Companion<Address>> {
  return readCompanion<Address>(path, file, 6, (cells) => {
    const address = {
      address: cell(cells, 2),
      city: cell(cells, 3),
      country: cell(cells, 4),
      remarks: cell(cells, 5),
    };
    return Object.values(address).some(Boolean) ? { value: address } : null;
  });
}

/** sdn_comments.csv: ent_num, the rest of a remark cut at sdn.csv's field limit (kept untrimmed: the cut falls mid-word). */
export function readRemarkContinuations(path: string, file: string): Promise<Companion<string>> {
  return readCompanion<string>(path, file, 2, (cells) => {
    const rest = cells[1] ?? '';
    return rest.trim() === EMPTY || rest === '' ? null : { value: rest };
  });
}
