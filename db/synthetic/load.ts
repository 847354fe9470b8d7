import type Database from 'better-sqlite3';
import { CITING_TABLE, citingTriggerNames } from '../rollups/citing';
import { rollupTriggerNames } from '../rollups/ddl';
import {
  SEARCH_INDEXES,
  fillSearchSql,
  searchTriggerNames,
  type SearchableTable,
} from '../queries/list/text-search';
import type { SyntheticParty } from './parties';
import { startRollupBuilder, type RollupBuilder } from './rollup-builder';
import type { AidRow, SanctionRow } from './rows';
import type { SourceRow } from './sources';

// Every row the generator writes goes through the statements below, into the app's own
// tables, so constraints and triggers see each row as in production (the rollups'
// triggers excepted: those tables are built aside, see beginBulkLoad). Nothing
// else in db/synthetic/ writes SQL.

export type CitationSubject = 'aid' | 'sanction' | 'event';

/** Tables loaded in bulk: their secondary indexes are built once at the end instead of row by row. */
const BULK_TABLES = ['aid_packages', 'sanctions', 'citations'];
/**
 * Except these, which cost less kept during the load than built after it (each build
 * reads the whole table): the keys of the first five arrive in ascending order (rows
 * are written by date, each citation right after its subject), so they grow by
 * appending; the retired rows' indexes hold few rows.
 */
const KEPT_INDEXES = new Set([
  'aid_announced_idx',
  'sanctions_announced_idx',
  'citations_aid_idx',
  'citations_sanction_idx',
  'citations_event_idx',
  'aid_retired_updated_idx',
  'sanctions_retired_updated_idx',
]);

/** Page cache (KiB, negative as PRAGMA cache_size takes it) while rows are loaded, and while indexes are built (see finish). */
const [LOAD_CACHE, SORT_CACHE] = [-65536, -2048];

/** Rows per INSERT statement: one statement per row costs a quarter more CPU. */
const ROWS_PER_STATEMENT = 32;

/** A multi-row INSERT: values are pushed row by row and sent 32 rows at a time. */
function batchedInsert(sqlite: Database.Database, table: string, columns: string[]) {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statements = new Map<number, Database.Statement>();
  const statement = (rows: number) => {
    let s = statements.get(rows);
    if (!s) {
      s = sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}`,
      );
      statements.set(rows, s);
    }
    return s;
  };
  const values: unknown[] = [];
  const size = ROWS_PER_STATEMENT * columns.length;
  return {
    values,
    isFull: () => values.length === size,
    flush: () => {
      if (values.length === 0) return;
      statement(values.length / columns.length).run(values);
      values.length = 0;
    },
  };
}

/**
 * Live entries citing each source, counted as they are written (what the triggers of
 * db/rollups/citing.ts keep): each entry's citations come right after it.
 */
function citingCounter() {
  const counts = new Map<number, number>();
  const current = (['aid', 'sanction', 'event'] as const).reduce(
    (all, kind) => ({ ...all, [kind]: { id: 0, live: false, sources: new Set<number>() } }),
    {} as Record<CitationSubject, { id: number; live: boolean; sources: Set<number> }>,
  );
  return {
    counts,
    entry: (kind: CitationSubject, id: number, live: boolean) => {
      Object.assign(current[kind], { id, live });
      current[kind].sources.clear();
    },
    cite: (kind: CitationSubject, id: number, sourceId: number) => {
      const entry = current[kind];
      if (entry.id !== id) throw new Error(`the citations of ${kind} ${id} must follow it`);
      if (!entry.live || entry.sources.has(sourceId)) return;
      entry.sources.add(sourceId);
      counts.set(sourceId, (counts.get(sourceId) ?? 0) + 1);
    },
  };
}

type CitingCounter = ReturnType<typeof citingCounter>;

/** `bulk` (from beginBulkLoad) is handed every aid package, sanction and citation as it is written. */
export function createWriter(
  sqlite: Database.Database,
  bulk: { rollups: Pick<RollupBuilder, 'aid' | 'sanction'>; citing: CitingCounter },
) {
  const { rollups, citing } = bulk;
  const meta = sqlite.prepare(`INSERT INTO app_meta (key, value) VALUES (?, ?)`);
  const party = sqlite.prepare(
    `INSERT INTO parties (id, slug, name, kind, country_code, parent_id, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const source = sqlite.prepare(
    `INSERT INTO sources (id, title, publisher, url, published_on, language, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = sqlite.prepare(
    `INSERT INTO events (id, occurred_on, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const eventParty = sqlite.prepare(`INSERT INTO event_parties (event_id, party_id) VALUES (?, ?)`);
  const aid = batchedInsert(sqlite, 'aid_packages', [
    'id',
    'donor_id',
    'recipient_id',
    'category',
    'status',
    'amount',
    'currency',
    'amount_usd',
    'announced_on',
    'title',
    'description',
    'version',
    'created_at',
    'updated_at',
    'retired_at',
  ]);
  const sanction = batchedInsert(sqlite, 'sanctions', [
    'id',
    'imposing_id',
    'target_id',
    'measure',
    'status',
    'announced_on',
    'effective_on',
    'lifted_on',
    'legal_basis',
    'title',
    'description',
    'version',
    'created_at',
    'updated_at',
    'retired_at',
  ]);
  const citation = batchedInsert(sqlite, 'citations', [
    'source_id',
    'aid_package_id',
    'sanction_id',
    'event_id',
    'quote',
    'created_at',
  ]);
  // Parents before the citations that point at them.
  const flush = () => {
    aid.flush();
    sanction.flush();
    citation.flush();
  };

  return {
    meta: (key: string, value: string) => meta.run(key, value),
    party: (p: SyntheticParty, createdAt: string) =>
      party.run(p.id, p.slug, p.name, p.kind, p.countryCode, p.parentId, p.description, createdAt, createdAt),
    source: (s: SourceRow, createdAt: string) =>
      source.run(s.id, s.title, s.publisher, s.url, s.publishedOn, s.language, s.notes, createdAt, createdAt),
    event: (id: number, occurredOn: string, title: string, description: string | null, createdAt: string) => {
      citing.entry('event', id, true);
      event.run(id, occurredOn, title, description, createdAt, createdAt);
    },
    eventParty: (eventId: number, partyId: number) => eventParty.run(eventId, partyId),
    // A retired row was edited once (version 2) and last touched when it was retired.
    aid: (r: AidRow) => {
      rollups.aid(r);
      citing.entry('aid', r.id, r.retiredAt === null);
      aid.values.push(
        r.id,
        r.donorId,
        r.recipientId,
        r.category,
        r.status,
        r.amount,
        r.currency,
        r.amountUsd,
        r.announcedOn,
        r.title,
        r.description,
        r.retiredAt ? 2 : 1,
        r.createdAt,
        r.retiredAt ?? r.createdAt,
        r.retiredAt,
      );
      if (aid.isFull()) aid.flush();
    },
    sanction: (r: SanctionRow) => {
      rollups.sanction(r);
      citing.entry('sanction', r.id, r.retiredAt === null);
      sanction.values.push(
        r.id,
        r.imposingId,
        r.targetId,
        r.measure,
        r.status,
        r.announcedOn,
        r.effectiveOn,
        r.liftedOn,
        r.legalBasis,
        r.title,
        r.description,
        r.retiredAt ? 2 : 1,
        r.createdAt,
        r.retiredAt ?? r.createdAt,
        r.retiredAt,
      );
      if (sanction.isFull()) sanction.flush();
    },
    citation: (
      subject: CitationSubject,
      subjectId: number,
      sourceId: number,
      quote: string,
      createdAt: string,
    ) => {
      citing.cite(subject, subjectId, sourceId);
      citation.values.push(
        sourceId,
        subject === 'aid' ? subjectId : null,
        subject === 'sanction' ? subjectId : null,
        subject === 'event' ? subjectId : null,
        quote,
        createdAt,
      );
      if (citation.isFull()) flush();
    },
    /** Sends what is still buffered; call before each COMMIT. */
    flush,
  };
}

export type Writer = ReturnType<typeof createWriter>;

/**
 * Trades durability for speed while a brand-new file is filled (a crash leaves a file to
 * delete, nothing else), and postpones the bulk tables' secondary indexes. The rollup
 * tables are built by a worker thread meanwhile (rollup-builder.ts), from the rows the
 * writer hands it. `finish` puts everything back as a migrated file has it: same
 * indexes (their own SQL from sqlite_master), triggers, statistics, WAL.
 */
export function beginBulkLoad(sqlite: Database.Database) {
  const rows = sqlite
    .prepare('SELECT (SELECT count(*) FROM aid_packages) + (SELECT count(*) FROM sanctions)')
    .pluck()
    .get();
  if (rows !== 0) throw new Error('a bulk load needs a database without aid packages or sanctions');
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma(`cache_size = ${LOAD_CACHE}`);
  sqlite.pragma('threads = 2');
  // Every id the generator writes comes from rows it wrote before (tests check
  // foreign_key_check); checking each one again costs another quarter of the CPU.
  sqlite.pragma('foreign_keys = OFF');
  const secondaryIndexes = (tables: string[]) =>
    sqlite
      .prepare(
        `SELECT name, sql FROM sqlite_master
         WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
           AND tbl_name IN (${tables.map(() => '?').join(', ')})
         ORDER BY rowid`,
      )
      .all(...tables) as { name: string; sql: string }[];
  const deferred = secondaryIndexes(BULK_TABLES).filter((index) => !KEPT_INDEXES.has(index.name));
  for (const index of deferred) sqlite.exec(`DROP INDEX "${index.name}"`);
  // The rollups come from the worker and the citing counts from the writer, not from
  // their per-row triggers (sixteen upserts per row); the triggers come back unchanged after.
  // Likewise the word indexes' triggers: each index is filled once at the end.
  const names = [...rollupTriggerNames(), ...citingTriggerNames(), ...searchTriggerNames()];
  const bulkTriggers = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`,
    )
    .all(...names) as { name: string; sql: string }[];
  for (const trigger of bulkTriggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
  const rollups = startRollupBuilder(sqlite);
  const citing = citingCounter();
  return {
    rollups,
    citing,
    finish: (onStep?: (step: string) => void) => {
      // The word indexes first: filled after the other indexes are built, the same fill
      // takes several times the CPU.
      for (const table of Object.keys(SEARCH_INDEXES) as SearchableTable[]) {
        onStep?.(`word index ${SEARCH_INDEXES[table]}`);
        sqlite.exec(fillSearchSql(table));
      }
      // A small page cache while the indexes are built: the sorter then writes its keys in
      // short runs, each sorted on a helper thread (threads = 2) while this one reads on,
      // and merges them. With the load's large cache a table's keys fit in one run, sorted
      // on this thread alone, which is slower.
      sqlite.pragma(`cache_size = ${SORT_CACHE}`);
      for (const index of deferred) {
        onStep?.(`index ${index.name}`);
        sqlite.exec(index.sql);
      }
      sqlite.pragma(`cache_size = ${LOAD_CACHE}`);
      onStep?.('rollups');
      rollups.finish();
      const count = sqlite.prepare(`INSERT INTO ${CITING_TABLE} (source_id, n) VALUES (?, ?)`);
      sqlite.transaction(() => {
        for (const [sourceId, n] of citing.counts) count.run(sourceId, n);
      })();
      for (const trigger of bulkTriggers) sqlite.exec(trigger.sql);
      onStep?.('analyze');
      // Sampled statistics (as PRAGMA optimize takes them): a full ANALYZE reads every index.
      sqlite.pragma('analysis_limit = 1000');
      sqlite.exec('ANALYZE');
      sqlite.pragma('journal_mode = WAL');
      // Still no sync: closing would otherwise wait for the whole new file to reach the
      // disk. The system writes it out by itself; a file
      // a power cut caught half-written is generated again, like one stopped half-way.
      // The app opens it with its own settings (synchronous is not kept in the file).
      sqlite.pragma('foreign_keys = ON');
    },
    /** Stops the rollup worker of a load that failed. */
    abort: () => rollups.abort(),
  };
}
