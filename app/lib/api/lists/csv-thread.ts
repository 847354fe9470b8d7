import 'server-only';
import { Worker } from 'node:worker_threads';
import { stringify } from 'csv-stringify/sync';
import type { Values } from '@/domain/list-download';

// Writes a download's CSV chunks on a thread of their own: the main thread reads the next
// chunk from SQLite while this one formats the last, so a million-row file uses both cores
// (decision 013). The thread's code is inline, as in db/snapshot/apart.ts, so no bundler has
// to find a worker file; it loads csv-stringify from the app's folder (the working
// directory), and where it cannot start, chunks are written here, as before.

export const CSV_OPTIONS = { record_delimiter: 'windows', escape_formulas: true } as const;

const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { stringify } = require('csv-stringify/sync');
const encoder = new TextEncoder();
parentPort.on('message', ({ id, rows }) => {
  try {
    const bytes = encoder.encode(stringify(rows, workerData.options));
    parentPort.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

let thread: { worker: Worker; pending: Map<number, Pending>; next: number } | null | undefined;

function start() {
  try {
    const worker = new Worker(THREAD, { eval: true, workerData: { options: CSV_OPTIONS } });
    const pending = new Map<number, Pending>();
    worker.unref();
    worker.on('message', ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (error !== undefined || !bytes) waiting?.reject(new Error(error ?? 'no CSV'));
      else waiting?.resolve(bytes);
    });
    // A thread that dies fails what it held; the next chunks are written here.
    const fail = (error: Error) => {
      thread = null;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the CSV thread ended')));
    return { worker, pending, next: 0 };
  } catch {
    return null;
  }
}

const encoder = new TextEncoder();

/** The CSV of these rows as UTF-8, written on the CSV thread where there is one. */
export function csvChunk(rows: Values[]): Promise<Uint8Array> {
  if (thread === undefined) thread = start();
  const current = thread;
  if (!current) return Promise.resolve(encoder.encode(stringify(rows, CSV_OPTIONS)));
  const id = current.next++;
  return new Promise<Uint8Array>((resolve, reject) => {
    current.pending.set(id, { resolve, reject });
    current.worker.postMessage({ id, rows });
  }).catch(() => encoder.encode(stringify(rows, CSV_OPTIONS)));
}
