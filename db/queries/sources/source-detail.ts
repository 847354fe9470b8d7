import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import { sources } from '../../schema';
import { preparedOnce } from '../prepared';
import type { AidCategory, AidStatus, SanctionMeasure, SanctionStatus } from '../../../domain/vocabulary';
import type { PartyRef } from '../aid/aid-list';
import { clampPage, type PageResult } from '../list/filters';
import type { CitingKind } from '../../../domain/vocabulary';

// SQL, not the builder (the source itself excepted): a page of the citing entries is picked
// first and joined after (CROSS JOIN), so a source cited by thousands reads one page.

/** Entries of each kind shown per page on a source's page. */
export const CITING_PAGE_SIZE = 50;

/** A row citing the source, with every quote it takes from it (in the source's language). */
interface Citing {
  id: number;
  title: string;
  date: string;
  quotes: string[];
}

export interface CitingAid extends Citing {
  donor: PartyRef;
  recipient: PartyRef;
  category: AidCategory;
  status: AidStatus;
  amountUsd: number | null;
}

export interface CitingSanction extends Citing {
  imposer: PartyRef;
  target: PartyRef;
  measure: SanctionMeasure;
  status: SanctionStatus;
}

export interface SourceDetail {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string;
  notes: string | null;
  updatedAt: string;
  aid: PageResult<CitingAid>;
  sanctions: PageResult<CitingSanction>;
  events: PageResult<Citing>;
}

/** The kinds of entry that cite a source, each listed and paged on its own. */

/** Which page of each kind of citing entry to read. */
export type CitingPages = Partial<Record<CitingKind, number>>;

type Flat = Omit<Citing, 'quotes'> & {
  quote: string;
  aSlug: string;
  aName: string;
  bSlug: string;
  bName: string;
};

/** One row per citing entry, its quotes gathered in citation order. */
function gather<R extends Flat, T>(rows: R[], build: (row: R) => T): (T & { quotes: string[] })[] {
  const byId = new Map<number, T & { quotes: string[] }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { ...build(row), quotes: [] };
    entry.quotes.push(row.quote);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

const pair = (r: Flat) =>
  [
    { slug: r.aSlug, name: r.aName },
    { slug: r.bSlug, name: r.bName },
  ] as const;

/**
 * How a kind of entry cites: its table and the citations column pointing at it. A page of
 * the entries citing the source is picked first (date order, one row per entry), then their
 * quotes: a source cited by thousands of entries reads one page of them.
 */
function citingPage<R extends Flat>(
  sourceId: number,
  kind: { table: string; key: string; date: string },
  select: (entries: SQL) => SQL,
  page: number,
  pageSize: number,
): PageResult<R> {
  const db = getDb();
  const from = sql`citations c JOIN ${sql.raw(kind.table)} x ON x.id = c.${sql.raw(kind.key)} AND x.retired_at IS NULL WHERE c.source_id = ${sourceId}`;
  const total = db.get<{ n: number }>(sql`SELECT count(DISTINCT x.id) AS n FROM ${from}`)?.n ?? 0;
  const clamped = clampPage({ page, pageSize }, total);
  const entries = sql`SELECT DISTINCT x.id, x.${sql.raw(kind.date)} AS date FROM ${from}
    ORDER BY x.${sql.raw(kind.date)}, x.id LIMIT ${pageSize} OFFSET ${clamped.offset}`;
  const rows = total === 0 ? [] : db.all<R>(select(entries));
  return { rows, total, page: clamped.page, pageCount: clamped.pageCount, pageSize };
}

// A source's page reads it at every request: prepared once (../prepared.ts).
const sourceById = preparedOnce((db) =>
  db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedOn: sources.publishedOn,
      language: sources.language,
      notes: sources.notes,
      updatedAt: sources.updatedAt,
    })
    .from(sources)
    .where(and(eq(sources.id, sql.placeholder('id')), isNull(sources.retiredAt)))
    .prepare(),
);

/** One live source and a page of each kind of live entry citing it, or null. */
export function getSource(
  id: number,
  pages: CitingPages = {},
  pageSize = CITING_PAGE_SIZE,
): SourceDetail | null {
  const source = sourceById().get({ id });
  if (!source) return null;

  const aid = citingPage<Flat & Pick<CitingAid, 'category' | 'status' | 'amountUsd'>>(
    id,
    { table: 'aid_packages', key: 'aid_package_id', date: 'announced_on' },
    (entries) => sql`
      SELECT a.id, a.title, a.announced_on AS date, a.category, a.status, a.amount_usd AS amountUsd, c.quote,
             d.slug AS aSlug, d.name AS aName, r.slug AS bSlug, r.name AS bName
      FROM (${entries}) e
      CROSS JOIN aid_packages a ON a.id = e.id
      JOIN citations c ON c.aid_package_id = a.id AND c.source_id = ${id}
      JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
      ORDER BY a.announced_on, a.id, c.id`,
    pages.aid ?? 1,
    pageSize,
  );
  const sanctions = citingPage<Flat & Pick<CitingSanction, 'measure' | 'status'>>(
    id,
    { table: 'sanctions', key: 'sanction_id', date: 'announced_on' },
    (entries) => sql`
      SELECT x.id, x.title, x.announced_on AS date, x.measure, x.status, c.quote,
             i.slug AS aSlug, i.name AS aName, t.slug AS bSlug, t.name AS bName
      FROM (${entries}) e
      CROSS JOIN sanctions x ON x.id = e.id
      JOIN citations c ON c.sanction_id = x.id AND c.source_id = ${id}
      JOIN parties i ON i.id = x.imposing_id JOIN parties t ON t.id = x.target_id
      ORDER BY x.announced_on, x.id, c.id`,
    pages.sanctions ?? 1,
    pageSize,
  );
  const events = citingPage<Flat>(
    id,
    { table: 'events', key: 'event_id', date: 'occurred_on' },
    (entries) => sql`
      SELECT x.id, x.title, x.occurred_on AS date, c.quote, '' AS aSlug, '' AS aName, '' AS bSlug, '' AS bName
      FROM (${entries}) e
      CROSS JOIN events x ON x.id = e.id
      JOIN citations c ON c.event_id = x.id AND c.source_id = ${id}
      ORDER BY x.occurred_on, x.id, c.id`,
    pages.events ?? 1,
    pageSize,
  );

  return {
    ...source,
    aid: {
      ...aid,
      rows: gather(aid.rows, (r) => {
        const [donor, recipient] = pair(r);
        return {
          id: r.id,
          title: r.title,
          date: r.date,
          donor,
          recipient,
          category: r.category,
          status: r.status,
          amountUsd: r.amountUsd,
        };
      }),
    },
    sanctions: {
      ...sanctions,
      rows: gather(sanctions.rows, (r) => {
        const [imposer, target] = pair(r);
        return {
          id: r.id,
          title: r.title,
          date: r.date,
          imposer,
          target,
          measure: r.measure,
          status: r.status,
        };
      }),
    },
    events: { ...events, rows: gather(events.rows, (r) => ({ id: r.id, title: r.title, date: r.date })) },
  };
}
