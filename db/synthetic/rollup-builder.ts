import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { CUBES } from '../rollups/cubes';
import { fillSql } from '../rollups/ddl';
import { AID_CATEGORIES, AID_STATUSES, SANCTION_MEASURES, SANCTION_STATUSES } from '../../domain/vocabulary';
import type { AidRow, SanctionRow } from './rows';

// The rollup tables of a bulk load are built on the machine's other core while the main
// thread writes the rows and their indexes. A worker thread receives the few columns the
// cubes read from each live row into a scratch file of its own. Once a source table's
// rows are all sent (`done`), it fills that table's cubes there (same SQL: fillSql) and
// builds their indexes, while the main thread goes on. At the end the main thread copies
// each finished table with its indexes in one `INSERT … SELECT *`, which SQLite turns
// into a page-order transfer, far quicker than filling it there.

/** How one column travels: every value is one float64 (see encode below). */
type ColumnKind = 'day' | 'int' | 'nullable' | readonly string[];
interface Column {
  name: string;
  kind: ColumnKind;
}

/** The columns the cubes read (keys, roles, measures, `where`), per source table. */
const SOURCES: Record<'aid_packages' | 'sanctions', Column[]> = {
  aid_packages: [
    { name: 'announced_on', kind: 'day' },
    { name: 'donor_id', kind: 'int' },
    { name: 'recipient_id', kind: 'int' },
    { name: 'category', kind: AID_CATEGORIES },
    { name: 'status', kind: AID_STATUSES },
    { name: 'amount_usd', kind: 'nullable' },
  ],
  sanctions: [
    { name: 'announced_on', kind: 'day' },
    { name: 'imposing_id', kind: 'int' },
    { name: 'target_id', kind: 'int' },
    { name: 'measure', kind: SANCTION_MEASURES },
    { name: 'status', kind: SANCTION_STATUSES },
  ],
};

/** Rows per message: large enough that messaging costs nothing, small enough to stay bounded. */
const BATCH = 8192;
/**
 * Batches sent but not yet written: the writer waits beyond this, so memory stays
 * bounded. Enough that a million sanctions never wait while the worker fills the aid
 * cubes.
 */
const MAX_PENDING = 160;
const [STATUS, PENDING] = [0, 1];
/** Values of state[STATUS]; the worker sets 1 when done. */
const [RUNNING, FAILED] = [0, 2];
const WORKER = path.join(process.cwd(), 'db', 'synthetic', 'rollup-worker.mjs');
/** A worker silent this long is taken for dead rather than waited for forever. */
const TIMEOUT_MS = 10 * 60 * 1000;

const indexOf = (list: readonly string[], value: string) => {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`unknown value ${value}`);
  return i;
};
/** '2022-02-24' → 20220224: dates travel as numbers, as every other column. */
const dayNumber = (date: string) =>
  Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));

/**
 * Starts the worker on a scratch file next to the database. The rollup tables and
 * their indexes are created there from the database's own SQL (sqlite_master), so the
 * copy back matches column for column and index for index.
 */
export function startRollupBuilder(sqlite: Database.Database) {
  const file = `${sqlite.name}.rollups`;
  rmSync(file, { force: true });
  const tables = CUBES.map((c) => c.table);
  const schema = (type: 'table' | 'index', of = tables) =>
    sqlite
      .prepare(
        `SELECT sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND tbl_name IN (${of.map(() => '?').join(', ')}) ORDER BY rowid`,
      )
      .pluck()
      .all(type, ...of) as string[];
  const slimTable = ([table, columns]: [string, Column[]]) =>
    `CREATE TABLE ${table} (${columns.map((c) => `${c.name} ${c.kind === 'day' || Array.isArray(c.kind) ? 'TEXT' : 'INTEGER'}`).join(', ')}, retired_at TEXT)`;

  const shared = new SharedArrayBuffer(8);
  const state = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, {
    workerData: {
      file,
      // A 2 MB cache, as load.ts builds its indexes with: the fills' GROUP BY and the index
      // builds then sort in runs on a helper thread.
      setup: [
        'PRAGMA journal_mode = OFF',
        'PRAGMA synchronous = OFF',
        'PRAGMA cache_size = -2048',
        'PRAGMA threads = 2',
        ...Object.entries(SOURCES).map(slimTable),
        ...schema('table'),
      ],
      sources: SOURCES,
      whenDone: Object.fromEntries(
        Object.keys(SOURCES).map((source) => {
          const cubes = CUBES.filter((c) => c.source === source);
          return [
            source,
            [
              ...cubes.flatMap(fillSql),
              ...schema(
                'index',
                cubes.map((c) => c.table),
              ),
            ],
          ];
        }),
      ),
      shared,
      port: port2,
    },
    transferList: [port2],
  });
  // Never what keeps the process alive: the main thread waits for it explicitly.
  worker.unref();

  const failure = () => {
    const message = receiveMessageOnPort(port1)?.message as { error?: string } | undefined;
    return new Error(`building the rollups failed: ${message?.error ?? 'the worker stopped'}`);
  };
  /** Blocks until `state[slot]` is no longer `value` (or the worker failed). */
  const waitWhile = (slot: number, value: number) => {
    const started = Date.now();
    while (Atomics.load(state, slot) === value && Atomics.load(state, STATUS) !== FAILED) {
      if (Date.now() - started > TIMEOUT_MS)
        throw new Error('building the rollups failed: the worker stopped answering');
      Atomics.wait(state, slot, value, 1000);
    }
    if (Atomics.load(state, STATUS) === FAILED) throw failure();
  };

  const batcher = (table: keyof typeof SOURCES) => {
    const columns = SOURCES[table];
    let rows = new Float64Array(BATCH * columns.length);
    let length = 0;
    const send = () => {
      if (length === 0) return;
      let pending;
      while ((pending = Atomics.load(state, PENDING)) >= MAX_PENDING) waitWhile(PENDING, pending);
      if (Atomics.load(state, STATUS) === FAILED) throw failure();
      Atomics.add(state, PENDING, 1);
      const packed = rows.subarray(0, length);
      worker.postMessage({ table, rows: packed }, [packed.buffer]);
      rows = new Float64Array(BATCH * columns.length);
      length = 0;
    };
    return {
      push: (...values: number[]) => {
        for (const v of values) rows[length++] = v;
        if (length === rows.length) send();
      },
      send,
    };
  };
  const batchers = { aid_packages: batcher('aid_packages'), sanctions: batcher('sanctions') };
  const sent = new Set<keyof typeof SOURCES>();
  /** No more rows of `table` will come: the worker fills its cubes now. */
  const done = (table: keyof typeof SOURCES) => {
    if (sent.has(table)) return;
    sent.add(table);
    batchers[table].send();
    worker.postMessage({ done: table });
  };

  let finished = false;
  const discard = () => {
    finished = true;
    void worker.terminate();
    port1.close();
    rmSync(file, { force: true });
  };

  return {
    done,
    // Retired rows count in no cube.
    aid: (r: AidRow) => {
      if (sent.has('aid_packages')) throw new Error('aid packages were marked done');
      if (r.retiredAt !== null) return;
      batchers.aid_packages.push(
        dayNumber(r.announcedOn),
        r.donorId,
        r.recipientId,
        indexOf(AID_CATEGORIES, r.category),
        indexOf(AID_STATUSES, r.status),
        r.amountUsd ?? Number.NaN,
      );
    },
    sanction: (r: SanctionRow) => {
      if (sent.has('sanctions')) throw new Error('sanctions were marked done');
      if (r.retiredAt !== null) return;
      batchers.sanctions.push(
        dayNumber(r.announcedOn),
        r.imposingId,
        r.targetId,
        indexOf(SANCTION_MEASURES, r.measure),
        indexOf(SANCTION_STATUSES, r.status),
      );
    },
    /**
     * Marks every source done, waits for the worker's tables and copies them in. The rollup tables must be empty
     * and carry their indexes, and no trigger may be on them, for SQLite to transfer
     * pages rather than insert row by row.
     */
    finish: () => {
      try {
        for (const table of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) done(table);
        worker.postMessage({ finish: true });
        waitWhile(STATUS, RUNNING);
        sqlite.prepare('ATTACH DATABASE ? AS rollups').run(file);
        try {
          sqlite.transaction(() => {
            for (const table of tables)
              sqlite.exec(`INSERT INTO main.\`${table}\` SELECT * FROM rollups.\`${table}\``);
          })();
        } finally {
          sqlite.exec('DETACH DATABASE rollups');
        }
      } finally {
        discard();
      }
    },
    /** Stops the worker and removes its file; for a load that failed. */
    abort: () => {
      if (!finished) discard();
    },
  };
}

export type RollupBuilder = ReturnType<typeof startRollupBuilder>;
