import 'server-only';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after } from 'next/server';
import { applyImport } from '@/db/import/apply';
import { changesSomething } from '@/db/import/preview';
import { ImportRefused } from '@/db/import/read';
import { DatabaseBusyError, ImportWritingError } from '@/db/mutations/errors';
import { folderOf, planUpload } from './import-uploads';

// A confirmed import runs after the confirmation has been answered: the file is planned
// again, then written (db/import/apply.ts, one transaction on a connection of its own).
// How far it has got is kept in progress.json in the upload's folder, so any process
// serving the same data folder can tell the page; a heartbeat in it tells a live import
// from one whose process was killed (decision 009).

export type ImportPhase = 'reading' | 'writing' | 'done' | 'failed';

/** What the import page is told while it waits. */
export interface ImportProgress {
  phase: ImportPhase;
  /** Records read (reading), rows written (writing). */
  done: number;
  /** Rows to write; null while the file is read. */
  total: number | null;
  /** The batch written, once done (null when there was nothing to change). */
  batchId: number | null;
  message: string | null;
}

interface ProgressFile extends ImportProgress {
  pid: number;
  /** Date.now() at the last write: rewritten every HEARTBEAT_MS while the import lives. */
  heartbeat: number;
}

const PROGRESS_FILE = 'progress.json';
const HEARTBEAT_MS = 2_000;
/** A live import rewrites its heartbeat every 2 s; the longest stall seen is the 5 s lock wait. */
const STALE_MS = 15_000;
/** Progress is written at most this often (and at every change of phase). */
const WRITE_MS = 200;
export const STOPPED_MESSAGE = 'The import stopped before it finished; nothing was applied.';

// One import at a time in this process (on globalThis: Next's bundles may each load this).
const slot = ((globalThis as Record<symbol, unknown>)[Symbol.for('tracker.import-job')] ??= {}) as {
  token?: string;
};

/**
 * Starts the import of an upload, answering at once: null when it runs (or already runs,
 * from an earlier confirmation), else why it cannot. The work is handed to `schedule`:
 * Next's after(), which runs it once the confirmation has been answered.
 */
export function startImport(
  token: string,
  userId: number,
  schedule: (task: () => Promise<void>) => void = after,
): string | null {
  const dir = folderOf(token);
  const current = readImportProgress(token);
  if (current?.phase === 'reading' || current?.phase === 'writing') return null;
  if (!existsSync(path.join(dir, 'upload.json'))) return 'This import is unknown or already done.';
  if (slot.token !== undefined)
    return 'Another import is being written; confirm this one once it has finished. Nothing was saved.';
  const progress = progressWriter(dir);
  slot.token = token;
  try {
    schedule(() => runImport(token, userId, progress).finally(() => (slot.token = undefined)));
  } catch (error) {
    slot.token = undefined;
    progress.end({ phase: 'failed', message: failure(error) });
    throw error;
  }
  return null;
}

/** The import's progress as any process left it; null when there is none. */
export function readImportProgress(token: string): ImportProgress | null {
  let file: ProgressFile;
  try {
    file = JSON.parse(readFileSync(path.join(folderOf(token), PROGRESS_FILE), 'utf8')) as ProgressFile;
  } catch {
    return null;
  }
  const { phase, done, total, batchId, message } = file;
  const live = phase === 'done' || phase === 'failed' || Date.now() - file.heartbeat < STALE_MS;
  return live
    ? { phase, done, total, batchId, message }
    : { phase: 'failed', done, total, batchId: null, message: STOPPED_MESSAGE };
}

async function runImport(token: string, userId: number, progress: ProgressWriter): Promise<void> {
  let outcome: Partial<ImportProgress>;
  try {
    const plan = await planUpload(token, (read) => progress.set({ phase: 'reading', done: read }));
    if (!changesSomething(plan))
      outcome = {
        phase: 'done',
        message: 'Nothing to change: the tracker already holds this list as it is.',
      };
    else {
      const { batchId } = await applyImport(plan, userId, (done, total) =>
        progress.set({ phase: 'writing', done, total }),
      );
      outcome = { phase: 'done', batchId };
    }
  } catch (error) {
    return progress.end({ phase: 'failed', message: failure(error) });
  }
  // The files go before the page hears it is done: it removes the folder then.
  try {
    keepProgressOnly(token);
  } finally {
    progress.end(outcome);
  }
}

function failure(error: unknown): string {
  if (error instanceof ImportRefused) return `${error.message} Nothing was applied.`;
  if (error instanceof ImportWritingError)
    return 'Another import was being written; nothing was applied. Confirm again once it has finished.';
  if (error instanceof DatabaseBusyError)
    return 'The database was busy with another write; nothing was applied. Confirm again in a few seconds.';
  console.error(error);
  return 'The import failed (the server log says why); nothing was applied.';
}

/** The uploaded files go once done with; progress.json stays until the page has read the end. */
function keepProgressOnly(token: string): void {
  const dir = folderOf(token);
  for (const name of readdirSync(dir))
    if (name !== PROGRESS_FILE) rmSync(path.join(dir, name), { recursive: true, force: true });
}

interface ProgressWriter {
  set: (change: Partial<ImportProgress>) => void;
  end: (change: Partial<ImportProgress>) => void;
}

/** Writes progress.json now (phase reading), then as told, at most every WRITE_MS, with a heartbeat. */
function progressWriter(dir: string): ProgressWriter {
  let state: ImportProgress = { phase: 'reading', done: 0, total: null, batchId: null, message: null };
  let written = 0;
  const write = () => {
    const file: ProgressFile = { ...state, pid: process.pid, heartbeat: Date.now() };
    // Renamed into place, so a reader never sees half a file.
    const temporary = path.join(dir, `${PROGRESS_FILE}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, path.join(dir, PROGRESS_FILE));
    written = Date.now();
  };
  write();
  const heartbeat = setInterval(write, HEARTBEAT_MS).unref();
  return {
    set: (change) => {
      const phaseChanged = change.phase !== undefined && change.phase !== state.phase;
      state = { ...state, ...change };
      if (phaseChanged || Date.now() - written >= WRITE_MS) write();
    },
    end: (change) => {
      clearInterval(heartbeat);
      state = { ...state, ...change };
      write();
    },
  };
}
