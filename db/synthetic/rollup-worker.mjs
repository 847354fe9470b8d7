// The worker thread behind db/synthetic/rollup-builder.ts. It knows no schema of its own:
// the builder sends the SQL to run, the columns of the rows it will stream, and for each
// source table the statements to run once all its rows have come (`done`). Rows arrive packed in Float64Arrays (one number per
// column; see rollup-builder.ts for the encoding). Plain JavaScript, so it runs the same
// under tsx, Vitest and node.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, setup, sources, whenDone, shared, port } = workerData;
const state = new Int32Array(shared);
const [STATUS, PENDING] = [0, 1];
const [FAILED, DONE] = [2, 1];
const ROWS_PER_STATEMENT = 32;

const days = new Map();
/** 20220224 → '2022-02-24', memoised: a dataset has a few thousand distinct days. */
function day(n) {
  let text = days.get(n);
  if (text === undefined) {
    const s = String(n);
    text = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
    days.set(n, text);
  }
  return text;
}

function fail(error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  Atomics.store(state, STATUS, FAILED);
  Atomics.notify(state, STATUS);
  Atomics.notify(state, PENDING);
  db?.close();
}

let db;
try {
  db = new Database(file);
  for (const statement of setup) db.exec(statement);
} catch (error) {
  fail(error);
}

/** One multi-row INSERT per source table, plus one per remainder size. */
const inserters = new Map(
  Object.entries(sources).map(([table, columns]) => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const statements = new Map();
    const statement = (rows) => {
      let s = statements.get(rows);
      if (!s) {
        s = db.prepare(
          `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}`,
        );
        statements.set(rows, s);
      }
      return s;
    };
    const decode = columns.map((c) =>
      c.kind === 'day'
        ? day
        : c.kind === 'nullable'
          ? (v) => (Number.isNaN(v) ? null : v)
          : c.kind === 'int'
            ? (v) => v
            : (v) => c.kind[v],
    );
    const width = columns.length;
    return [
      table,
      (packed) => {
        const values = [];
        const rows = packed.length / width;
        for (let row = 0; row < rows; row++) {
          for (let col = 0; col < width; col++) values.push(decode[col](packed[row * width + col]));
          if (values.length === ROWS_PER_STATEMENT * width) {
            statement(ROWS_PER_STATEMENT).run(values);
            values.length = 0;
          }
        }
        if (values.length > 0) statement(values.length / width).run(values);
      },
    ];
  }),
);

parentPort.on('message', (message) => {
  if (Atomics.load(state, STATUS) === FAILED) return;
  try {
    if (message.table) {
      db.transaction(() => inserters.get(message.table)(message.rows))();
      Atomics.sub(state, PENDING, 1);
      Atomics.notify(state, PENDING);
      return;
    }
    if (message.done) {
      for (const statement of whenDone[message.done]) db.exec(statement);
      return;
    }
    db.close();
    Atomics.store(state, STATUS, DONE);
    Atomics.notify(state, STATUS);
    parentPort.close();
  } catch (error) {
    fail(error);
  }
});
