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

const NOT_ALIASES = new Set([
  'where',
  'join',
  'left',
  'inner',
  'cross',
  'natural',
  'on',
  'group',
  'order',
  'limit',
  'union',
  'using',
  'indexed',
  'not',
  'window',
  'having',
  'set',
  'values',
]);

const alias = (word: string | undefined) => (word && !NOT_ALIASES.has(word.toLowerCase()) ? word : undefined);

/** Names a big table goes by in `sql`: the table itself and each alias it is given. */
export function bigTableNames(sql: string): Set<string> {
  return sourceNames(sql).big;
}

/**
 * What each name in FROM and JOIN stands for: big tables (and their aliases), and other
 * sources (small tables, CTEs, subqueries). A name on both sides (`sanctions x` inside a
 * CTE, `firsts x` outside) is ambiguous in a plan line.
 */
function sourceNames(sql: string): { big: Set<string>; other: Set<string> } {
  const big = new Set(BIG_TABLES);
  const other = new Set<string>();
  for (const [, table = '', as] of sql.matchAll(
    /\b(?:FROM|JOIN)\s+["`]?(\w+)["`]?(?:\s+(?:AS\s+)?["`]?(\w+)["`]?)?/gi,
  )) {
    const names = BIG_TABLES.includes(table.toLowerCase()) ? big : other;
    if (names === other) other.add(table);
    const name = alias(as);
    if (name) names.add(name);
  }
  for (const [, as] of sql.matchAll(/\)\s+(?:AS\s+)?(\w+)/gi)) {
    const name = alias(as);
    if (name) other.add(name);
  }
  return { big, other };
}

/**
 * Plan lines (as SQLite words them: `SCAN a USING COVERING INDEX …`) that walk a whole big
 * table. A walk along an index is known by the index's table when `bigIndexes` (the big
 * tables' index names) is given; a bare SCAN by its name, unless that name is ambiguous.
 */
export function findFullScans(
  sql: string,
  plan: string[],
  bigIndexes: ReadonlySet<string> = new Set(),
): string[] {
  const { big, other } = sourceNames(sql);
  const limited = /\bLIMIT\b/i.test(sql);
  return plan.filter((line, i) => {
    const match = /^\s*SCAN (\S+)(?: USING (?:COVERING )?INDEX (\S+))?/.exec(line);
    if (!match) return false;
    const [, name = '', index] = match;
    const scansBig = index && bigIndexes.size > 0 ? bigIndexes.has(index) : big.has(name) && !other.has(name);
    // A walk along an index in the order asked for, under a LIMIT, stops after OFFSET + LIMIT
    // rows (a page of a list, the newest few): bounded, not a full scan, unless its own
    // step of the plan sorts (then every row is read first). Its time is measured anyway.
    const bounded =
      index !== undefined &&
      limited &&
      !siblings(plan, i).some((step) => /TEMP B-TREE FOR (RIGHT PART OF )?ORDER BY/.test(step));
    return scansBig && !bounded;
  });
}

const depthOf = (line: string) => (line.length - line.trimStart().length) / 2;

/** The plan lines at the same depth as line `i`, under the same parent. */
function siblings(plan: string[], i: number): string[] {
  const depth = depthOf(plan[i] ?? '');
  const around: string[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < plan.length && depthOf(plan[j] ?? '') >= depth; j += step) {
      if (depthOf(plan[j] ?? '') === depth) around.push(plan[j] ?? '');
    }
  }
  return around;
}

/** Index names of the big tables, from the open database's schema. */
export function bigTableIndexes(client: Database.Database): Set<string> {
  const rows = client
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN (${BIG_TABLES.map(() => '?').join(', ')})`,
    )
    .pluck()
    .all(...BIG_TABLES) as string[];
  return new Set(rows);
}

export function explain(
  client: Database.Database,
  { sql, params }: Statement,
  bigIndexes = bigTableIndexes(client),
): StatementPlan {
  const rows = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>([[0, -1]]);
  const plan = rows.map(({ id, parent, detail }) => {
    const d = (depth.get(parent) ?? -1) + 1;
    depth.set(id, d);
    return `${'  '.repeat(d)}${detail}`;
  });
  return { sql: sql.replace(/\s+/g, ' ').trim(), plan, fullScans: findFullScans(sql, plan, bigIndexes) };
}

const RUNS = new Set<string | symbol>(['all', 'get', 'run', 'iterate']);

/**
 * Runs `fn` and returns every statement it ran, with its parameters, by wrapping the
 * connection's `prepare` for the duration (drizzle prepares through it for each query).
 * The statements are seen through a proxy: the connection keeps compiled statements
 * (db/statement-cache.ts), and a wrapper set on one would outlive the capture.
 */
export function captureStatements(client: Database.Database, fn: () => unknown): Statement[] {
  const seen = new Map<string, Statement>();
  const original = client.prepare;
  client.prepare = function prepare(this: Database.Database, source: string) {
    const statement = original.call(this, source);
    const watched: typeof statement = new Proxy(statement, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (RUNS.has(key))
            seen.set(`${source}\u0000${JSON.stringify(args)}`, { sql: source, params: args });
          const result: unknown = value.apply(target, args);
          // pluck(), raw() and the like return the statement: keep watching it.
          return result === target ? watched : result;
        };
      },
    });
    return watched;
  } as typeof client.prepare;
  try {
    fn();
  } finally {
    client.prepare = original;
  }
  return [...seen.values()];
}
