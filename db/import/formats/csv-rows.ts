// Reads a CSV file row by row, streaming, with the line each row starts on, so a reader can
// say where a bad row is. A row the CSV parser cannot read (a quote never closed, a row cut
// short inside quotes) comes out as an error naming its lines, and reading goes on after it.
//
// Lines are counted here from the bytes rather than taken from csv-parse, whose own count
// goes wrong after a CRLF inside a quoted cell.

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback, pipeline } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { parse as parseLine } from 'csv-parse/sync';

export type CsvRow = { line: number; cells: string[] } | { line: number; lastLine: number; error: string };

/** Turns byte offsets into line numbers, for offsets asked in increasing order. */
class LineCounter extends Transform {
  private newlines: number[] = [];
  private next = 0;
  private passed = 0;
  private bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1))
      this.newlines.push(this.bytes + i);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  /** The line holding the byte at `offset`. */
  lineAt(offset: number): number {
    while (this.next < this.newlines.length && this.newlines[this.next]! < offset) {
      this.next++;
      this.passed++;
    }
    // Newlines behind the last offset asked are never needed again: drop them now and then.
    if (this.next > 4096) {
      this.newlines = this.newlines.slice(this.next);
      this.next = 0;
    }
    return this.passed + 1;
  }

  /** The last line with something on it, once the whole file has passed. */
  lastLine(): number {
    const lastNewline = this.newlines.at(-1) ?? -1;
    return this.lineAt(Infinity) - (lastNewline === this.bytes - 1 ? 1 : 0);
  }
}

const REASONS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell does not end where it should (a row cut short, or a stray quote)',
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed: the file ends inside it',
  INVALID_OPENING_QUOTE: 'a quote inside a cell that does not start with one',
};

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** The rows of a CSV file without a header, each with the line it starts on. */
export async function* readCsvRows(file: string): AsyncGenerator<CsvRow> {
  const lines = new LineCounter();
  const parser = parse({
    bom: true,
    // OFAC writes CRLF; a file saved again elsewhere may mix in bare LF.
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  // csv-parse reports a row it skips as an event, ahead of the rows the loop below takes.
  const skipped: { offset: number; reason: string }[] = [];
  parser.on('skip', (error: CsvError) => {
    skipped.push({ offset: Number(error.bytes ?? 0), reason: REASONS[error.code] ?? error.message });
  });
  // A read error (no such file, a folder) reaches the loop below through the parser.
  pipeline(createReadStream(file), lines, parser, () => {});

  // Skipped rows come out in file order, each spanning up to the row read after it.
  const skippedUpTo = (offset: number) => {
    const found: { line: number; reason: string }[] = [];
    while (skipped.length > 0 && skipped[0]!.offset <= offset) {
      const { offset: at, reason } = skipped.shift()!;
      const line = lines.lineAt(at - 1);
      // One broken quote can trip the parser several times on the same row: report it once.
      if (found.at(-1)?.line !== line) found.push({ line, reason });
    }
    return found;
  };
  const asErrors = (found: { line: number; reason: string }[], nextLine: number): CsvRow[] =>
    found.map(({ line, reason }, i) => ({
      line,
      lastLine: Math.max(line, (found[i + 1]?.line ?? nextLine) - 1),
      error: reason,
    }));

  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { bytes: number };
  }>) {
    const found = skippedUpTo(info.bytes);
    const line = lines.lineAt(info.bytes - 1) - newlinesIn(record);
    yield* asErrors(found, line);
    yield { line, cells: record };
  }
  const found = skippedUpTo(Infinity);
  yield* asErrors(found, lines.lastLine() + 1);
}

/** The reason given for a row the CSV parser could not read, with the lines it covers. */
export function lineSpan(line: number, lastLine: number, reason: string): string {
  const lines = lastLine > line ? `lines ${line}–${lastLine} are` : `line ${line} is`;
  return `unreadable CSV: ${reason}; ${lines} skipped`;
}

/**
 * The first line of a CSV file and its cells, read before anything else so a reader can
 * refuse a file that is not its format; an empty, XML or non-CSV file is refused here, as
 * "<file> is not <what>: why".
 */
export async function firstCsvLine(file: string, what: string): Promise<{ line: string; cells: string[] }> {
  const refuse = (why: string): never => {
    throw new Error(`${path.basename(file)} is not ${what}: ${why}`);
  };
  const start = await fileStart(file, 64 * 1024);
  if (start.trim() === '') refuse('it is empty');
  const line = start.split(/\r?\n/)[0]!;
  if (line.trimStart().startsWith('<')) refuse('it is XML or HTML');
  try {
    return {
      line,
      cells: (parseLine(line, { relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [],
    };
  } catch {
    return refuse('its first line is not CSV');
  }
}

/** The first `size` bytes of a file as text (a byte-order mark dropped), to tell what it is. */
export async function fileStart(file: string, size: number): Promise<string> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot open ${file}: ${error.code ?? error.message}`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size), 0, size, 0);
    return buffer.toString('utf8', 0, bytesRead).replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}
