import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase } from '../client';
import { getDb } from '../index';
import { DatabaseBusyError, ImportWritingError } from '../mutations/errors';
import { longWriteDone, writeTransaction } from '../mutations/transaction';
import { sources } from '../schema';
import { useTempAppDatabase } from '../testing/app-database';
import { applyImport } from './apply';
import { planImport } from './plan';
import { importSha256, readImportFile } from './read';

// The import's write on a connection of its own (decision 009): one transaction, all or
// nothing, invisible to the app's connection until it commits, and other writes of the
// process refused meanwhile rather than left waiting on its lock.

let cleanup: () => void;
beforeEach(() => {
  cleanup?.();
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup?.());

const dir = mkdtempSync(path.join(tmpdir(), 'apply-apart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An OFAC list of `entries` vessels, each with one designation. */
function ofacList(entries: number): string {
  const folder = mkdtempSync(path.join(dir, 'ofac-'));
  const rows = Array.from(
    { length: entries },
    (_, i) =>
      `${90000 + i},"TEST VESSEL ${i}","vessel","RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"IMO ${9000000 + i}."\r\n`,
  );
  writeFileSync(path.join(folder, 'sdn.csv'), rows.join(''));
  for (const f of ['alt.csv', 'add.csv', 'sdn_comments.csv']) writeFileSync(path.join(folder, f), '');
  return path.join(folder, 'sdn.csv');
}

async function plan(file: string) {
  return planImport(getDb(), await readImportFile(file, 'ofac-sdn'), {
    format: 'ofac-sdn',
    fileName: 'sdn.csv',
    sha256: await importSha256(file, 'ofac-sdn'),
    asOf: '2026-12-01',
  });
}

const count = (table: string) =>
  getDb().$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const revision = () =>
  Number(getDb().$client.prepare(`SELECT value FROM app_meta WHERE key = 'data_revision'`).pluck().get());
/** An editor's write, as every save makes it. */
const newSource = () =>
  writeTransaction(
    (db) =>
      db
        .insert(sources)
        .values({ title: 'Written meanwhile', language: 'en' })
        .returning({ id: sources.id })
        .get().id,
  );

describe('applyImport, apart', () => {
  it('is invisible to the app connection until it commits, and the process serves meanwhile', async () => {
    const p = await plan(ofacList(400));
    const before = { sanctions: count('sanctions'), revision: revision() };
    const seen: { sanctions: number; batches: number }[] = [];
    let turns = 0;
    const turn = () => {
      turns += 1;
      seen.push({ sanctions: count('sanctions'), batches: count('import_batches') });
    };
    const ticking = setInterval(turn, 5);
    const applied = await applyImport(p, null);
    clearInterval(ticking);
    // The event loop turned while the rows were written, and saw none of them.
    expect(turns).toBeGreaterThan(0);
    expect(seen.every((s) => s.sanctions === before.sanctions && s.batches === 0)).toBe(true);
    expect(count('sanctions')).toBe(before.sanctions + 400);
    expect(revision()).toBe(before.revision + 1);
    expect(applied.batchId).toBeGreaterThan(0);
  });

  it('leaves the database as it was when it fails half-way', async () => {
    const p = await plan(ofacList(1200));
    const tables = ['parties', 'sanctions', 'citations', 'audit_log', 'import_batches', 'sources'];
    const before = tables.map(count);
    const rev = revision();
    await expect(
      applyImport(p, null, (done) => {
        if (done === 1000) throw new Error('stopped at 1,000');
      }),
    ).rejects.toThrow('stopped at 1,000');
    expect(tables.map(count)).toEqual(before);
    expect(revision()).toBe(rev);
    // The lock is let go: the next write goes through.
    expect(newSource()).toBeGreaterThan(0);
  });

  it("refuses the process's other writes while it writes, and lets them through after", async () => {
    const p = await plan(ofacList(50));
    const meanwhile: unknown[] = [];
    const applying = applyImport(p, null, (done) => {
      if (done > 0) return;
      try {
        meanwhile.push(newSource());
      } catch (error) {
        meanwhile.push(error);
      }
    });
    // The first rows are written: a second import and any other write are refused at once.
    await expect(applyImport(p, null)).rejects.toBeInstanceOf(ImportWritingError);
    expect(() => newSource()).toThrow(ImportWritingError);
    await longWriteDone();
    expect((await applying).batchId).toBeGreaterThan(0);
    expect(meanwhile).toEqual([expect.any(ImportWritingError)]);
    expect(newSource()).toBeGreaterThan(0);
  });

  it('says the database is busy when another connection holds the lock past the timeout', async () => {
    const other = connectDatabase(getDb().$client.name);
    other.$client.pragma('busy_timeout = 0');
    other.$client.exec('BEGIN IMMEDIATE');
    try {
      getDb().$client.pragma('busy_timeout = 0');
      expect(() => newSource()).toThrow(DatabaseBusyError);
    } finally {
      other.$client.exec('ROLLBACK');
      other.$client.close();
      getDb().$client.pragma('busy_timeout = 5000');
    }
  });
});
