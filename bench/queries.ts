import { closeDb, getDb } from '@/db/index';
import { bigTableIndexes, captureStatements, explain, type StatementPlan } from './plans';
import { benchFilters, MEASURED_QUERIES, type QueryContext } from './query-list';
import { summarize, timeSync } from './stats';

// Each dashboard read, called in this process against the bench's database file, timed
// over repeated runs, with the plan of every statement it ran.

export interface QueryTiming {
  name: string;
  filter: string;
  n: number;
  p50: number;
  p95: number;
  statements: StatementPlan[];
}

export interface QueryOptions {
  runs: number;
  /** Told each read's name as it starts: at 1M a slow one takes a while. */
  onQuery?: (name: string) => void;
  /** A slow read stops after this much time (with at least MIN_RUNS runs), so 1M stays bearable. */
  budgetMs: number;
}

const MIN_RUNS = 3;

export function timeQueries(
  file: string,
  party: QueryContext['party'],
  { runs, budgetMs, onQuery }: QueryOptions,
): QueryTiming[] {
  // db/index.ts opens DATABASE_PATH on first use; closing first makes it open this file.
  closeDb();
  process.env.DATABASE_PATH = file;
  const client = getDb().$client;
  const bigIndexes = bigTableIndexes(client);
  try {
    const timings: QueryTiming[] = [];
    for (const query of MEASURED_QUERIES) {
      onQuery?.(query.name);
      const filters = query.filtered ? benchFilters(party.id) : [{ label: '—', filter: {} }];
      for (const { label, filter } of filters) {
        const ctx = { filter, party };
        // The first call warms the page cache and records the statements; it is not timed.
        const statements = captureStatements(client, () => query.run(ctx)).map((s) =>
          explain(client, s, bigIndexes),
        );
        const samples: number[] = [];
        let spent = 0;
        while (samples.length < runs && (samples.length < MIN_RUNS || spent < budgetMs)) {
          const ms = timeSync(() => query.run(ctx));
          samples.push(ms);
          spent += ms;
        }
        const { n, p50, p95 } = summarize(samples);
        timings.push({ name: query.name, filter: label, n, p50, p95, statements });
      }
    }
    return timings;
  } finally {
    closeDb();
  }
}
