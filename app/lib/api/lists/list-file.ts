import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { csvChunk, CSV_OPTIONS } from './csv-thread';
import { jsonRow, LIST_COLUMNS, type ListKind, type Values } from '@/domain/list-download';
import type { SortDir } from '@/db/queries/list/sorts';
import { AsOfBusyError } from '@/db/queries/asof/rewind';
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

/** Reads a list a chunk at a time: `next()` gives the next rows, or null at the end. */
export interface ChunkReader {
  next(): Values[] | null;
}

/**
 * Every row the filters select, in the page's order, a chunk at a time, read with the page's
 * own list query (so the file holds what the pages show, flat in memory). A search is
 * counted in full here, not up to the pages' cap. The first chunk is read in tenths, so the
 * first rows go out while the rest is read; a chunk that fails is read again at the next call.
 */
export function listChunks(
  spec: ListKindSpec,
  resolved: ResolvedParams<ListKindSpec['params']>,
  order: { sort: string; dir: SortDir },
  chunk = FILE_CHUNK,
): ChunkReader {
  const tenth = chunk % 10 === 0 ? chunk / 10 : chunk;
  let position = { page: 1, size: tenth };
  let done = false;
  return {
    next() {
      if (done) return null;
      const { page, size } = position;
      const result = spec.read(resolved, {
        page,
        pageSize: size,
        countUpTo: Number.MAX_SAFE_INTEGER - 1,
        ...order,
      });
      if (result.page !== page || result.rows.length === 0) {
        done = true;
        return null;
      }
      if (page >= result.pageCount) done = true;
      // Ten tenths make the first chunk: whole chunks go on from the second.
      position =
        size === tenth && size !== chunk && page === 10 ? { page: 2, size: chunk } : { page: page + 1, size };
      return result.rows;
    },
  };
}

/**
 * The next chunk; a read as of a day (decision 011) that finds a save writing waits for it,
 * up to a few seconds, rather than cutting the file short.
 */
async function nextChunk(chunks: ChunkReader): Promise<Values[] | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return chunks.next();
    } catch (error) {
      if (!(error instanceof AsOfBusyError) || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The list as a CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets, formulas
 * guarded) or JSON lines. Pulled a chunk at a time as the client reads, so a slow reader
 * holds two chunks, not the file; each chunk is written in one call, not row by row through
 * a stream (a third of the time at a million rows), a CSV one on the CSV thread while the
 * next is read, and the next waits for the client, which lets other requests run between.
 */
export function listFile(
  kind: ListKind,
  spec: ListKindSpec,
  resolved: ResolvedParams<ListKindSpec['params']>,
  order: { sort: string; dir: SortDir },
  format: Exclude<ListFormat, 'json'>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = listChunks(spec, resolved, order);
  const write = (rows: Values[]): Promise<Uint8Array> =>
    format === 'csv'
      ? csvChunk(rows)
      : Promise.resolve(
          encoder.encode(rows.map((values) => `${JSON.stringify(jsonRow(kind, values))}\n`).join('')),
        );
  // The chunk being written (on the CSV thread) while the next is read here.
  let writing: Promise<Uint8Array> | null = null;
  let last = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // The header goes at once: a client sees the download begin before the first rows are read.
        if (format === 'csv')
          controller.enqueue(
            encoder.encode(`\uFEFF${stringify([LIST_COLUMNS[kind].map((c) => c.name)], CSV_OPTIONS)}`),
          );
      },
      async pull(controller) {
        await new Promise((resolve) => setImmediate(resolve));
        if (writing === null && !last) {
          const rows = await nextChunk(chunks);
          if (rows !== null) writing = write(rows);
          else last = true;
        }
        if (writing === null) {
          controller.close();
          return;
        }
        const current = writing;
        const rows = last ? null : await nextChunk(chunks);
        writing = rows === null ? null : write(rows);
        last ||= rows === null;
        controller.enqueue(await current);
      },
    },
    { highWaterMark: 0 },
  );
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
