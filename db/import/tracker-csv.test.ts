import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import { columnNames, TRACKER_ENTITIES, type TrackerEntity } from '@/domain/tracker-csv';
import { trackerCsv } from '../tracker-csv/export';
import { applyImport } from './apply';
import { planCounts, planImport } from './plan';
import { detectFormat, importSha256, readImportFile } from './read';

// The tracker's own CSV: what the downloads write, the importer reads back to the same
// entries; an edited file updates, adds and refuses row by row as the forms would.

let cleanup: () => void;
const dir = mkdtempSync(path.join(tmpdir(), 'tracker-csv-'));
beforeEach(() => {
  cleanup?.();
  cleanup = useTempAppDatabase();
});
afterAll(() => {
  cleanup?.();
  rmSync(dir, { recursive: true, force: true });
});

const exported = async (entity: TrackerEntity) =>
  text(trackerCsv(getDb(), entity, { origin: 'https://t.example' }));
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
const write = (name: string, rows: Record<string, string>[], entity: TrackerEntity) => {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    stringify(rows, { header: true, columns: columnNames(entity), record_delimiter: 'windows' }),
  );
  return file;
};
async function plan(file: string) {
  const format = (await detectFormat(file))!;
  expect(format).toBe('tracker-csv');
  return planImport(getDb(), await readImportFile(file, format), {
    format,
    fileName: path.basename(file),
    sha256: await importSha256(file, format),
    asOf: '2026-12-01',
  });
}
const one = <T>(sql: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(sql)
    .get(...params) as T;

describe('the tracker CSV export', () => {
  it('writes RFC 4180 with a header, CRLF, permalinks and the first source in full', async () => {
    const csv = await exported('aid');
    expect(csv.split('\r\n')[0]).toBe(columnNames('aid').join(','));
    const rows = rowsOf(csv);
    expect(rows.length).toBe(
      one<{ n: number }>('SELECT count(*) n FROM aid_packages WHERE retired_at IS NULL').n,
    );
    const first = rows[0]!;
    expect(first.permalink).toBe(`https://t.example/aid/${first.id}`);
    expect(first.donor).toMatch(/^[a-z0-9-]+$/);
    expect(first.quote).toBeTruthy();
    expect(first.source_title).toBeTruthy();
  });

  it('neutralises cells a spreadsheet would run as a formula, and the import restores them', async () => {
    getDb().$client.prepare('UPDATE aid_packages SET title = \'=HYPERLINK("http://x")\' WHERE id = 1').run();
    const csv = await exported('aid');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const file = path.join(dir, 'formula.csv');
    writeFileSync(file, csv);
    const planned = await plan(file);
    expect(planned.entries.updated).toEqual([]);
    expect(planned.errors).toEqual([]);
  });
});

describe('importing the tracker CSV', () => {
  it.each(TRACKER_ENTITIES)('reads its own %s export back with nothing to change', async (entity) => {
    const file = path.join(dir, `${entity}.csv`);
    writeFileSync(file, await exported(entity));
    const planned = await plan(file);
    expect(planned.errors).toEqual([]);
    expect(planCounts(planned).entries).toMatchObject({ entity, new: 0, updated: 0 });
    expect(planned.entries.unchanged).toBe(rowsOf(readFileSync(file, 'utf8')).length);
  });

  it('updates an edited row, adds a new one with its source, and audits both with the batch', async () => {
    const rows = rowsOf(await exported('sanctions'));
    const edited: Record<string, string> = {
      ...rows[0]!,
      title: 'Edited title',
      legal_basis: 'Regulation (EU) 2024/1745',
    };
    const added = {
      ...rows[0]!,
      id: '',
      permalink: '',
      title: 'A new designation from the CSV',
      announced_on: '2024-05-02',
      authority_id: '',
      source_url: 'https://example.org/new-source',
      source_title: 'A new source',
      quote: 'The words that support it.',
    };
    const planned = await plan(write('edited.csv', [edited, added, ...rows.slice(1)], 'sanctions'));
    expect(planned.errors).toEqual([]);
    expect(planned.entries.updated.map((e) => [e.id, e.changes])).toEqual([
      [Number(edited.id!), ['legalBasis', 'title']],
    ]);
    expect(planned.entries.new.map((e) => e.label)).toEqual(['A new designation from the CSV']);

    const { batchId } = await applyImport(planned, null);
    const row = one<{ title: string; legal_basis: string; batch_id: number; version: number }>(
      'SELECT title, legal_basis, batch_id, version FROM sanctions WHERE id = ?',
      Number(edited.id!),
    );
    expect(row).toMatchObject({
      title: 'Edited title',
      legal_basis: 'Regulation (EU) 2024/1745',
      batch_id: batchId,
    });
    expect(row.version).toBe(2);
    const created = one<{ id: number; quote: string; url: string }>(
      `SELECT s.id, c.quote, src.url FROM sanctions s JOIN citations c ON c.sanction_id = s.id
       JOIN sources src ON src.id = c.source_id WHERE s.title = 'A new designation from the CSV'`,
    );
    expect(created).toMatchObject({
      quote: 'The words that support it.',
      url: 'https://example.org/new-source',
    });
    const audited = one<{ n: number }>('SELECT count(*) n FROM audit_log WHERE batch_id = ?', batchId);
    // The update, the creation, and the new source.
    expect(audited.n).toBe(3);
    const batch = one<{ source_id: number | null }>(
      'SELECT source_id FROM import_batches WHERE id = ?',
      batchId,
    );
    expect(batch.source_id).toBeNull();

    // Importing the same file again changes nothing.
    const again = await plan(write('edited-again.csv', rowsOf(await exported('sanctions')), 'sanctions'));
    expect(planCounts(again).entries).toMatchObject({ new: 0, updated: 0 });
  });

  it('refuses the rows a form would refuse, with the form’s reasons and the line, and keeps the rest', async () => {
    const rows = rowsOf(await exported('aid'));
    const base = { ...rows[0]!, id: '', permalink: '', title: 'Fine new row', announced_on: '2023-01-02' };
    const planned = await plan(
      write(
        'bad.csv',
        [
          base,
          { ...base, title: 'Bad amount', amount: '-5' },
          { ...base, title: 'Bad currency', currency: 'XYZ', amount: '10' },
          { ...base, title: 'Bad date', announced_on: '2023-02-30' },
          { ...base, title: 'Unknown donor', donor: 'atlantis' },
          { ...base, title: 'No quote', quote: '' },
          { ...base, title: 'Unknown id', id: '999999' },
          { ...base, title: 'Fine new row' },
        ],
        'aid',
      ),
    );
    expect(planned.entries.new.map((e) => e.label)).toEqual(['Fine new row']);
    const reasons = planned.errors.map((e) => `${e.at}: ${e.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/line 3: Amount cannot be negative/),
      expect.stringMatching(/line 4: .*XYZ.* not an ISO 4217 currency code/),
      expect.stringMatching(/line 5: Announcement date is not a real date/),
      expect.stringMatching(/line 6: No donor has the address name “atlantis”/),
      expect.stringMatching(/line 7: Quote is required/),
      expect.stringMatching(/line 8: No live aid package #999999/),
      expect.stringMatching(/line 9: The same entry as bad.csv line 2/),
    ]);
  });

  it('refuses a header it does not know, naming the columns', async () => {
    const file = path.join(dir, 'extra.csv');
    writeFileSync(file, `${columnNames('events').join(',')},mood\r\n`);
    await expect(readImportFile(file, 'tracker-csv')).rejects.toThrow(
      /columns the events CSV does not have: mood/,
    );
  });

  it('adds parties with their identifiers and aliases, and finds them again by slug', async () => {
    const party = {
      id: '',
      permalink: '',
      slug: 'ns-leader',
      name: 'NS Leader',
      kind: 'vessel',
      country_code: 'LR',
      parent: '',
      description: 'Crude oil tanker',
      identifiers: 'imo:9339301',
      aliases: 'Leader',
    };
    const { batchId } = await applyImport(await plan(write('parties.csv', [party], 'parties')), null);
    expect(batchId).toBeGreaterThan(0);
    expect(
      one<{ value: string }>(
        "SELECT i.value FROM party_identifiers i JOIN parties p ON p.id = i.party_id WHERE p.slug = 'ns-leader' AND i.scheme = 'imo'",
      ).value,
    ).toBe('9339301');
    const again = await plan(
      write('parties-again.csv', [{ ...party, aliases: 'Leader;NS Leader Tanker' }], 'parties'),
    );
    expect(again.entries.updated.map((e) => e.changes)).toEqual([['aliases']]);
  });
});
