import { closeDb, getDb } from '@/db/index';
import { readOverviewAsOf } from '@/db/queries/overview/sections';
import { summarize, timeSync } from './stats';

// Issue 23: the overview as of a past day, read as the page reads it (its five sections in
// one rewind of the entries changed since: db/queries/asof). The day is a month before the
// newest entry, so the synthetic file's last month of entries is what the rewind undoes.

export interface AsOfTiming {
  asof: string;
  /** Aid packages and sanctions created after the day. */
  createdSince: number;
  n: number;
  p50: number;
  p95: number;
}

const DAY_MS = 86_400_000;

export function timeAsOfOverview(file: string, runs: number): AsOfTiming {
  closeDb();
  process.env.DATABASE_PATH = file;
  try {
    const client = getDb().$client;
    const newest = client.prepare('SELECT max(created_at) FROM aid_packages').pluck().get() as string;
    const asof = new Date(Date.parse(newest.slice(0, 10)) - 30 * DAY_MS).toISOString().slice(0, 10);
    const end = `${asof}T23:59:59.999Z`;
    const createdSince = ['aid_packages', 'sanctions'].reduce(
      (n, table) =>
        n +
        (client
          .prepare(
            `SELECT count(*) FROM ${table} INDEXED BY ${table === 'aid_packages' ? 'aid' : table}_updated_idx WHERE updated_at > ? AND created_at > ?`,
          )
          .pluck()
          .get(end, end) as number),
      0,
    );
    const read = () => readOverviewAsOf({ asof });
    read();
    const samples = Array.from({ length: runs }, () => timeSync(read));
    const { n, p50, p95 } = summarize(samples);
    return { asof, createdSince, n, p50, p95 };
  } finally {
    closeDb();
  }
}
