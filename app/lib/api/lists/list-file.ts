import 'server-only';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { jsonRow, LIST_COLUMNS, type Cells, type ListKind } from '@/domain/list-download';
import type { SortDir } from '@/db/queries/list/sorts';
import type { ResolvedParams } from '../../params/resolve-params';
import type { ListKindSpec } from './kinds';
import type { ListFormat } from './list-query';

export const MEDIA_TYPES: Record<ListFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
};

/** Rows read a page at a time: large enough that a million rows take few list reads. */
export const FILE_CHUNK = 5000;

/**
 * Every row the filters select, in the page's order, read a chunk at a time with the page's
 * own list query (so the file holds what the pages show, flat in memory), giving way to
 * other requests between chunks. A search is counted in full here, not up to the pages' cap.
 */
export async function* listRows(
  spec: ListKindSpec,
  resolved: ResolvedParams<ListKindSpec['params']>,
  order: { sort: string; dir: SortDir },
  chunk = FILE_CHUNK,
): AsyncGenerator<Cells> {
  for (let page = 1; ; page++) {
    const result = spec.page(resolved, {
      page,
      pageSize: chunk,
      countUpTo: Number.MAX_SAFE_INTEGER - 1,
      ...order,
    });
    if (result.page !== page) return;
    yield* spec.cells(result.rows, '');
    if (page >= result.pageCount) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The list as a CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets, formulas guarded) or JSON lines. */
export function listFile(
  kind: ListKind,
  spec: ListKindSpec,
  resolved: ResolvedParams<ListKindSpec['params']>,
  order: { sort: string; dir: SortDir },
  format: Exclude<ListFormat, 'json'>,
): ReadableStream<Uint8Array> {
  const rows = Readable.from(listRows(spec, resolved, order));
  const stream =
    format === 'csv'
      ? rows.pipe(
          stringify({
            header: true,
            bom: true,
            columns: LIST_COLUMNS[kind].map((c) => c.name),
            record_delimiter: 'windows',
            escape_formulas: true,
            cast: { number: (n) => String(n) },
          }),
        )
      : rows.map((cells: Cells) => Buffer.from(`${JSON.stringify(jsonRow(kind, cells))}\n`));
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}

/** `aid-donor-united-states-2022-01-01.csv`: the list, its filters, and the day it was read. */
export function downloadName(kind: ListKind, search: URLSearchParams, format: 'csv' | 'ndjson'): string {
  const parts: string[] = [kind];
  for (const [name, value] of search) {
    if (name === 'format' || name === 'cursor' || name === 'limit') continue;
    parts.push(name, value);
  }
  parts.push(new Date().toISOString().slice(0, 10));
  const base = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${base}.${format === 'csv' ? 'csv' : 'jsonl'}`;
}
