import { CUBES, GRAINS, ROLES, type Cube } from './cubes';

// The SQL that creates, fills and maintains the cubes, generated from their definitions
// so the tables, triggers and rebuild never disagree. The migration holds this text
// (a test checks it still matches); rebuildRollups() reuses the fill.

const DATE = 'announced_on';
const grains = Object.values(GRAINS)
  .map((g) => `SELECT ${g} AS grain`)
  .join(' UNION ALL ');
const roles = Object.values(ROLES)
  .map((r) => `SELECT ${r} AS role`)
  .join(' UNION ALL ');

const period = (row: string) =>
  `CASE g.grain WHEN ${GRAINS.all} THEN '' WHEN ${GRAINS.year} THEN substr(${row}.${DATE}, 1, 4) ` +
  `WHEN ${GRAINS.month} THEN substr(${row}.${DATE}, 1, 7) ELSE ${row}.${DATE} END`;

const primaryKey = (c: Cube) => {
  if (!c.roles) return ['grain', 'period', ...c.keys];
  return c.dateFirst
    ? ['role', 'grain', 'period', 'party_id', ...c.keys]
    : ['role', 'grain', 'party_id', 'period', ...c.keys];
};

/** Key columns as computed from a source row, with `g` the grains and `r` the roles. */
function keyExpressions(c: Cube, row: string, grain = 'g.grain', time = period(row)): string[] {
  return primaryKey(c).map((k) => {
    if (k === 'role') return 'r.role';
    if (k === 'grain') return grain;
    if (k === 'period') return time;
    if (k === 'party_id' && c.roles) {
      return `CASE r.role WHEN ${ROLES.all} THEN 0 WHEN ${ROLES.from} THEN ${row}.${c.roles.from} ELSE ${row}.${c.roles.to} END`;
    }
    return `${row}.${k}`;
  });
}

const expansion = (c: Cube) => (c.roles ? `(${grains}) g, (${roles}) r` : `(${grains}) g`);

function createTable(c: Cube): string[] {
  const pk = primaryKey(c);
  const columns = [
    ...pk.map(
      (k) => `\t\`${k}\` ${k === 'period' || !/_id$|^role$|^grain$/.test(k) ? 'text' : 'integer'} NOT NULL`,
    ),
    ...Object.keys(c.measures).map((m) => `\t\`${m}\` integer NOT NULL`),
  ];
  return [
    `CREATE TABLE \`${c.table}\` (\n${columns.join(',\n')},\n\tPRIMARY KEY (${pk.map((k) => `\`${k}\``).join(', ')})\n) WITHOUT ROWID;`,
    ...c.indexes.map(
      (cols) =>
        `CREATE INDEX \`${c.table}_${cols[0]}_idx\` ON \`${c.table}\` (${cols.map((k) => `\`${k}\``).join(', ')});`,
    ),
  ];
}

/** Adds (sign 1) or removes (sign -1) one source row's contribution: one upsert per grain and role. */
function upsert(c: Cube, row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const pk = primaryKey(c);
  const measures = Object.entries(c.measures);
  const values = measures.map(([, expr]) => (sign === 1 ? expr(row) : `-(${expr(row)})`));
  return (
    `INSERT INTO \`${c.table}\` (${[...pk, ...measures.map(([m]) => m)].join(', ')})\n` +
    `\t\tSELECT ${[...keyExpressions(c, row), ...values].join(', ')}\n\t\tFROM ${expansion(c)} WHERE true\n` +
    `\t\tON CONFLICT (${pk.join(', ')}) DO UPDATE SET ${measures.map(([m]) => `${m} = ${m} + excluded.${m}`).join(', ')};`
  );
}

/** Columns whose change moves a row between cube cells; other edits leave the cubes alone. */
const watched = (c: Cube) => [
  ...new Set([
    DATE,
    'retired_at',
    'status',
    ...(c.roles ? [c.roles.from, c.roles.to] : []),
    ...c.keys,
    ...(c.source === 'aid_packages' ? ['amount_usd'] : []),
  ]),
];

/**
 * Removes the cells a row's removal left at zero, so every stored cell counts at least
 * one row: "which parties have any" is then a plain index read. Deleting any empty cell
 * is always right, so the match may be loose.
 */
function dropEmpty(c: Cube): string {
  const periods = `('', substr(OLD.${DATE}, 1, 4), substr(OLD.${DATE}, 1, 7), OLD.${DATE})`;
  const party = c.roles ? ` AND party_id IN (0, OLD.${c.roles.from}, OLD.${c.roles.to})` : '';
  const keys = c.keys.map((k) => ` AND ${k} = OLD.${k}`).join('');
  return `DELETE FROM \`${c.table}\` WHERE n = 0${c.roles ? ' AND role IN (0, 1, 2)' : ''} AND grain IN (0, 1, 2, 3)${party} AND period IN ${periods}${keys};`;
}

const triggerName = (table: string, event: 'insert' | 'delete' | 'update_old' | 'update_new') =>
  `${table}_${event}`;

/** Every rollup trigger's name: a bulk load drops and restores exactly these. */
export const rollupTriggerNames = (): string[] =>
  CUBES.flatMap(({ table }) =>
    (['insert', 'delete', 'update_old', 'update_new'] as const).map((e) => triggerName(table, e)),
  );

function triggers(c: Cube): string[] {
  const body = (row: 'NEW' | 'OLD', sign: 1 | -1) =>
    `BEGIN\n\t${upsert(c, row, sign)}${sign === -1 ? `\n\t${dropEmpty(c)}` : ''}\nEND;`;
  const name = (event: Parameters<typeof triggerName>[1]) => `\`${triggerName(c.table, event)}\``;
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON \`${c.source}\` WHEN ${c.where('NEW')}\n${body('NEW', 1)}`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON \`${c.source}\` WHEN ${c.where('OLD')}\n${body('OLD', -1)}`,
    `CREATE TRIGGER ${name('update_old')} AFTER UPDATE OF ${watched(c).join(', ')} ON \`${c.source}\` WHEN ${c.where('OLD')}\n${body('OLD', -1)}`,
    `CREATE TRIGGER ${name('update_new')} AFTER UPDATE OF ${watched(c).join(', ')} ON \`${c.source}\` WHEN ${c.where('NEW')}\n${body('NEW', 1)}`,
  ];
}

/**
 * Fills an empty cube: the day cells from the source table in one grouped pass, then
 * each coarser grain from the finer one (months from days, years from months, all time
 * from years), so the million-row table is read once.
 */
export function fillSql(c: Cube): string[] {
  const pk = primaryKey(c);
  const insert = `INSERT INTO \`${c.table}\` (${[...pk, ...Object.keys(c.measures)].join(', ')})`;
  if (c.derivedFrom) {
    const sums = Object.keys(c.measures).map((m) => `sum(${m})`);
    const where = c.derivedWhere ? `\nWHERE ${c.derivedWhere}` : '';
    return [
      `${insert}\nSELECT ${[...pk, ...sums].join(', ')}\nFROM \`${c.derivedFrom}\`${where}\nGROUP BY ${pk.map((_, i) => i + 1).join(', ')};`,
    ];
  }
  const dayKeys = keyExpressions(c, 's', String(GRAINS.day), `s.${DATE}`);
  const days =
    `${insert}\nSELECT ${[...dayKeys, ...Object.entries(c.measures).map(([m, expr]) => `sum(${expr('s')}) AS ${m}`)].join(', ')}\n` +
    `FROM \`${c.source}\` s${c.roles ? `, (${roles}) r` : ''}\nWHERE ${c.where('s')}\nGROUP BY ${dayKeys.map((_, i) => i + 1).join(', ')};`;
  const coarser = ([grain, from, period]: [number, number, string]) => {
    const keys = pk.map((k) => (k === 'grain' ? String(grain) : k === 'period' ? period : k));
    return (
      `${insert}\nSELECT ${[...keys, ...Object.keys(c.measures).map((m) => `sum(${m})`)].join(', ')}\n` +
      `FROM \`${c.table}\` WHERE grain = ${from}\nGROUP BY ${keys.map((_, i) => i + 1).join(', ')};`
    );
  };
  const steps: [number, number, string][] = [
    [GRAINS.month, GRAINS.day, 'substr(period, 1, 7)'],
    [GRAINS.year, GRAINS.month, 'substr(period, 1, 4)'],
    [GRAINS.all, GRAINS.year, "''"],
  ];
  return [days, ...steps.map(coarser)];
}

export const createSql = (): string[] => CUBES.flatMap((c) => [...createTable(c), ...triggers(c)]);
export const triggerSql = (): string[] => CUBES.flatMap(triggers);

/** The text of migration `tag`: its cubes' tables, triggers, then the fill of rows that already exist. */
export const migrationSql = (tag: Cube['migration']): string => {
  const cubes = CUBES.filter((c) => c.migration === tag);
  return (
    '-- Generated by db/rollups/ddl.ts (rollup tables, their triggers and the initial fill); edit there, not here.\n' +
    [...cubes.flatMap((c) => [...createTable(c), ...triggers(c)]), ...cubes.flatMap(fillSql)].join(
      '\n--> statement-breakpoint\n',
    ) +
    '\n'
  );
};

/**
 * Adds a cube's scratch copy (filled by fillSql from new rows only) to the cube: each
 * cell's measures added to the cell with the same key, or a new cell.
 */
export function mergeSql(c: Cube, scratch: string): string {
  const pk = primaryKey(c);
  const measures = Object.keys(c.measures);
  return (
    `INSERT INTO \`${c.table}\` (${[...pk, ...measures].join(', ')})\n` +
    `SELECT ${[...pk, ...measures].join(', ')} FROM \`${scratch}\` WHERE true\n` +
    `ON CONFLICT (${pk.join(', ')}) DO UPDATE SET ${measures.map((m) => `${m} = ${m} + excluded.${m}`).join(', ')};`
  );
}
