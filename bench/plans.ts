import type Database from 'better-sqlite3';

// What SQLite does for each statement a read runs: its EXPLAIN QUERY PLAN, with every
// full walk of a million-row table (even of a covering index) picked out.

/** The tables that grow with the data set: a SCAN of one of them grows with it. */
export const BIG_TABLES = ['aid_packages', 'sanctions', 'citations'];

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface StatementPlan {
  sql: string;
  /** The plan as a tree, one line per step, indented by depth. */
  plan: string[];
  /** Plan lines that scan a big table. */
  fullScans: string[];
}

const NOT_ALIASES = new Set(['where', 'join', 'left', 'inner', 'cross', 'natural', 'on', 'group', 'order', 'limit', 'union', 'using', 'indexed', 'not', 'window', 'having', 'set', 'values']);

/** Names a big table goes by in `sql`: the table itself and each alias it is given. */
export function bigTableNames(sql: string): Set<string> {
  const names = new Set(BIG_TABLES);
  const pattern = new RegExp(`["\`]?\\b(${BIG_TABLES.join('|')})\\b["\`]?(?:\\s+(?:AS\\s+)?["\`]?([A-Za-z_]\\w*)["\`]?)?`, 'gi');
  for (const match of sql.matchAll(pattern)) {
    const alias = match[2];
    if (alias && !NOT_ALIASES.has(alias.toLowerCase())) names.add(alias);
  }
  return names;
}

/** Plan lines (as SQLite words them: `SCAN a USING COVERING INDEX …`) that walk a whole big table. */
export function findFullScans(sql: string, plan: string[]): string[] {
  const names = bigTableNames(sql);
  // A walk along an index in the order asked for, under a LIMIT, stops after OFFSET + LIMIT
  // rows (a page of a list, the newest few): bounded, not a full scan. Its time is measured
  // like every other statement's.
  const boundedWalk = /\bLIMIT\b/i.test(sql) && !plan.some((line) => /TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY/.test(line));
  return plan.filter((line) => {
    const scanned = /^\s*SCAN (\S+)/.exec(line)?.[1];
    if (scanned === undefined || !names.has(scanned)) return false;
    return !(boundedWalk && /USING (COVERING )?INDEX/.test(line));
  });
}

export function explain(client: Database.Database, { sql, params }: Statement): StatementPlan {
  const rows = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { id: number; parent: number; detail: string }[];
  const depth = new Map<number, number>([[0, -1]]);
  const plan = rows.map(({ id, parent, detail }) => {
    const d = (depth.get(parent) ?? -1) + 1;
    depth.set(id, d);
    return `${'  '.repeat(d)}${detail}`;
  });
  return { sql: sql.replace(/\s+/g, ' ').trim(), plan, fullScans: findFullScans(sql, plan) };
}

type Method = 'all' | 'get' | 'run' | 'iterate';

/**
 * Runs `fn` and returns every statement it ran, with its parameters, by wrapping the
 * connection's `prepare` for the duration (drizzle prepares through it for each query).
 */
export function captureStatements(client: Database.Database, fn: () => unknown): Statement[] {
  const seen = new Map<string, Statement>();
  const original = client.prepare;
  client.prepare = function prepare(this: Database.Database, source: string) {
    const statement = original.call(this, source);
    for (const method of ['all', 'get', 'run', 'iterate'] as Method[]) {
      const call = statement[method] as (...args: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => {
          seen.set(`${source}\u0000${JSON.stringify(params)}`, { sql: source, params });
          return call.apply(statement, params);
        },
      });
    }
    return statement;
  } as typeof client.prepare;
  try {
    fn();
  } finally {
    client.prepare = original;
  }
  return [...seen.values()];
}
