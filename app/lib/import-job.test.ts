import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { upsertUser } from '@/db/mutations/users';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { readImportProgress, startImport, STOPPED_MESSAGE, type ImportProgress } from './import-job';
import { folderOf, saveUpload } from './import-uploads';

// A confirmed import as the page follows it: progress.json from reading to done, the
// uploaded files gone once written, a failure told and nothing applied, one import at a
// time, and an import whose process died told apart from a live one.

const OFAC = path.resolve('db', 'import', 'fixtures', 'ofac-sample');
const ofacFiles = () =>
  ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map(
    (name) => new File([readFileSync(path.join(OFAC, name))], name),
  );

let cleanup: () => void;
let editor: number;
beforeEach(() => {
  cleanup?.();
  cleanup = useTempAppDatabase();
  editor = upsertUser(getDb(), 'importer@example.org', 'Importer', 'not-a-real-hash').id;
});
afterAll(() => cleanup?.());

const count = (table: string) =>
  getDb().$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Starts the import and runs it to the end, recording each progress the page could read. */
async function runToEnd(token: string): Promise<{ refused: string | null; seen: ImportProgress[] }> {
  let task: (() => Promise<void>) | undefined;
  const refused = startImport(token, editor, (t) => (task = t));
  const seen = [readImportProgress(token)!];
  const watching = setInterval(() => seen.push(readImportProgress(token)!), 1);
  await task?.();
  clearInterval(watching);
  seen.push(readImportProgress(token)!);
  return { refused, seen };
}

describe('import job', () => {
  it('reports reading, then the batch it wrote; the files go, progress.json stays', async () => {
    const token = await saveUpload(ofacFiles(), '', '2026-12-01');
    const { refused, seen } = await runToEnd(token);
    expect(refused).toBeNull();
    expect(seen[0]).toMatchObject({ phase: 'reading', done: 0, total: null });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ phase: 'done', message: null, total: 17 + 26 });
    expect(last.done).toBe(last.total);
    expect(last.batchId).toBe(getDb().$client.prepare('SELECT max(id) FROM import_batches').pluck().get());
    expect(readdirSync(folderOf(token))).toEqual(['progress.json']);
    // Confirmed again once done: nothing left to import.
    expect(startImport(token, editor, () => undefined)).toBe('This import is unknown or already done.');
  });

  it('tells a refused file apart, applies nothing and keeps the upload to try again', async () => {
    const token = await saveUpload(ofacFiles(), '', '2026-12-01');
    writeFileSync(path.join(folderOf(token), 'sdn.csv'), '<?xml version="1.0"?><nothing/>');
    const batches = count('import_batches');
    const { seen } = await runToEnd(token);
    expect(seen.at(-1)).toMatchObject({ phase: 'failed', batchId: null });
    expect(seen.at(-1)!.message).toMatch(/Nothing was applied\.$/);
    expect(count('import_batches')).toBe(batches);
    expect(existsSync(path.join(folderOf(token), 'upload.json'))).toBe(true);
  });

  it('runs one import at a time; confirming the running one again just follows it', async () => {
    const first = await saveUpload(ofacFiles(), '', '2026-12-01');
    const second = await saveUpload(ofacFiles(), '', '2026-12-01');
    let task: (() => Promise<void>) | undefined;
    expect(startImport(first, editor, (t) => (task = t))).toBeNull();
    expect(startImport(first, editor, () => expect.unreachable())).toBeNull();
    expect(startImport(second, editor, () => expect.unreachable())).toMatch(
      /^Another import is being written/,
    );
    await task!();
    expect(readImportProgress(first)).toMatchObject({ phase: 'done' });
  });

  it('says an import stopped when its heartbeat is old, as after a killed process', async () => {
    const token = await saveUpload(ofacFiles(), '', '2026-12-01');
    const file = path.join(folderOf(token), 'progress.json');
    const left = { phase: 'writing', done: 500, total: 900, batchId: null, message: null, pid: 1 };
    writeFileSync(file, JSON.stringify({ ...left, heartbeat: Date.now() - 3_000 }));
    expect(readImportProgress(token)).toMatchObject({ phase: 'writing', done: 500 });
    writeFileSync(file, JSON.stringify({ ...left, heartbeat: Date.now() - 20_000 }));
    expect(readImportProgress(token)).toEqual({
      phase: 'failed',
      done: 500,
      total: 900,
      batchId: null,
      message: STOPPED_MESSAGE,
    });
    // And it may be confirmed again.
    const { seen } = await runToEnd(token);
    expect(seen.at(-1)).toMatchObject({ phase: 'done' });
  });
});
