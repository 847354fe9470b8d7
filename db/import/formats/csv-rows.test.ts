import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CsvRow, readCsvRows } from './csv-rows';

const folder = mkdtempSync(path.join(tmpdir(), 'csv-rows-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function rowsOf(text: string): Promise<CsvRow[]> {
  const file = path.join(folder, 'rows.csv');
  writeFileSync(file, text);
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(file)) rows.push(row);
  return rows;
}

describe('readCsvRows', () => {
  it('numbers rows by the line they start on, past a CRLF inside quotes, a BOM and mixed endings', async () => {
    expect(await rowsOf('\uFEFF1,"ééé\r\nb",c\r\n2,ßßß,e\n\r\n3,"x"\r\n')).toEqual([
      { line: 1, cells: ['1', 'ééé\r\nb', 'c'] },
      { line: 3, cells: ['2', 'ßßß', 'e'] },
      { line: 5, cells: ['3', 'x'] },
    ]);
  });

  it('reports a row whose quote is not closed with the lines it swallowed, once, and reads on', async () => {
    expect(await rowsOf('1,a\n2,"x\n3,"y\n4,"z\n5,"w",v\n6,k\n')).toEqual([
      { line: 1, cells: ['1', 'a'] },
      {
        line: 2,
        lastLine: 5,
        error: 'a quoted cell does not end where it should (a row cut short, or a stray quote)',
      },
      { line: 6, cells: ['6', 'k'] },
    ]);
  });

  it('reports a quote in the middle of a cell and a file that ends inside quotes', async () => {
    expect(await rowsOf('1,ab"c,d\r\n2,"x\r\n')).toEqual([
      { line: 1, lastLine: 1, error: 'a quote inside a cell that does not start with one' },
      { line: 2, lastLine: 2, error: 'a quoted cell is never closed: the file ends inside it' },
    ]);
  });

  it('fails on a file it cannot open', async () => {
    await expect(readCsvRows(path.join(folder, 'none.csv')).next()).rejects.toThrow(/ENOENT/);
  });
});
