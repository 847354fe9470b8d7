import Database from 'better-sqlite3';
import { COMMON_COLUMNS, TABLE_NOTES } from './table-notes';

// The snapshot's README, read from the file's own schema: every table it has, in order,
// each column with its type and meaning (db/snapshot/table-notes.ts).

interface Column {
  name: string;
  type: string;
  hidden: number;
}

/** Tables and columns in `file` that have no note: empty when the README is complete. */
export function undocumented(file: string): string[] {
  return describeTables(file).flatMap(({ name, columns }) => [
    ...(TABLE_NOTES[name] ? [] : [name]),
    ...columns.filter((c) => meaning(name, c.name) === undefined).map((c) => `${name}.${c.name}`),
  ]);
}

export function snapshotReadme(file: string): string {
  const lines = [
    '# Sanctions & Aid Tracker: database snapshot',
    '',
    'An SQLite 3 file of the tracker’s public data, copied from the live database in one',
    'transaction. Editors’ accounts, sessions and sign-in attempts are empty; who made each',
    'change and the names of imported files are blank. Retired entries are kept, marked by',
    '`retired_at`. Open it with `sqlite3` or any SQLite library; the app itself serves it',
    '(`DATABASE_PATH=<file> npm start`). Check a download with `sha256sum -c` against',
    '`/api/v1/snapshot/sha256`.',
    '',
    'Dates are ISO 8601 text; money is whole units (integers). Each table below, then its',
    'columns.',
  ];
  for (const { name, columns } of describeTables(file)) {
    lines.push('', `## ${name}`, '', TABLE_NOTES[name]?.about ?? '');
    if (columns.length > 0) lines.push('');
    for (const c of columns)
      lines.push(
        `- \`${c.name}\`${c.type ? ` (${c.type.toLowerCase()})` : ''}: ${meaning(name, c.name) ?? ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

const meaning = (table: string, column: string): string | undefined =>
  (TABLE_NOTES[table]?.columns || undefined)?.[column] ?? COMMON_COLUMNS[column];

/**
 * The tables a reader sees, with their columns. FTS5 keeps each index in shadow tables
 * named after it (`aid_search_data`…), its internals: they are left out, as are columns
 * of virtual tables that only pass arguments (hidden).
 */
function describeTables(file: string): { name: string; columns: Column[] }[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .all() as { name: string; sql: string }[];
    const fts5 = tables.filter((t) => /USING fts5\s*\(/i.test(t.sql)).map((t) => t.name);
    const shadow = (name: string) =>
      fts5.some((v) => ['data', 'idx', 'config', 'docsize', 'content'].some((s) => name === `${v}_${s}`));
    const order = (name: string) => {
      const i = Object.keys(TABLE_NOTES).indexOf(name);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    return tables
      .filter((t) => !shadow(t.name))
      .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name))
      .map((t) => ({
        name: t.name,
        columns:
          TABLE_NOTES[t.name]?.columns === false
            ? []
            : (db.prepare(`PRAGMA table_xinfo("${t.name.replaceAll('"', '""')}")`).all() as Column[]).filter(
                (c) => c.hidden !== 1,
              ),
      }));
  } finally {
    db.close();
  }
}
