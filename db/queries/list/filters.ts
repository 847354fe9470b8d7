import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SortDir } from './sorts';
import { searchOnly, textMatch } from './search-match';
import type {
  AidFilter,
  EventFilter,
  PartyFilter,
  PartyRoleFilter,
  ReadWindow,
  SanctionFilter,
  SourceFilter,
} from './types';

// SQL fragments, not the builder: the list reads join their tables under short aliases, in an
// order chosen for SQLite's planner, and these WHERE clauses name those aliases.
const and = (parts: (SQL | undefined)[]) =>
  sql.join(
    parts.filter((p): p is SQL => p !== undefined),
    sql` AND `,
  );
const col = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** `column LIKE pattern`, the pattern's \ escaping its own % and _ (likePattern): for the builder. */
export const likeEscaped = (column: SQLWrapper, pattern: string | SQLWrapper) =>
  sql`${column} LIKE ${pattern} ESCAPE '\\'`;
const likeMatch = (alias: string, q: string | undefined) =>
  q
    ? sql`(${col(alias, 'title')} LIKE ${likePattern(q)} ESCAPE '\\' OR ${col(alias, 'description')} LIKE ${likePattern(q)} ESCAPE '\\')`
    : undefined;

const inList = (column: SQL, values: readonly string[] | undefined) =>
  values && values.length > 0
    ? sql`${column} IN (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : undefined;

export function aidWhere(f: AidFilter, a = 'a'): SQL {
  return and([
    sql`${col(a, 'retired_at')} IS NULL`,
    f.partyId !== undefined
      ? sql`(${col(a, 'donor_id')} = ${f.partyId} OR ${col(a, 'recipient_id')} = ${f.partyId})`
      : undefined,
    f.donorId !== undefined ? sql`${col(a, 'donor_id')} = ${f.donorId}` : undefined,
    f.recipientId !== undefined ? sql`${col(a, 'recipient_id')} = ${f.recipientId}` : undefined,
    f.category ? sql`${col(a, 'category')} = ${f.category}` : undefined,
    inList(col(a, 'status'), f.statuses),
    f.from ? sql`${col(a, 'announced_on')} >= ${f.from}` : undefined,
    f.to ? sql`${col(a, 'announced_on')} <= ${f.to}` : undefined,
    f.q ? textMatch('aid_packages', a, f.q, searchOnly(f) === undefined) : undefined,
  ]);
}

export function sanctionWhere(f: SanctionFilter, s = 's'): SQL {
  return and([
    sql`${col(s, 'retired_at')} IS NULL`,
    f.partyId !== undefined
      ? sql`(${col(s, 'imposing_id')} = ${f.partyId} OR ${col(s, 'target_id')} = ${f.partyId})`
      : undefined,
    f.imposingId !== undefined ? sql`${col(s, 'imposing_id')} = ${f.imposingId}` : undefined,
    f.targetId !== undefined ? sql`${col(s, 'target_id')} = ${f.targetId}` : undefined,
    f.measure ? sql`${col(s, 'measure')} = ${f.measure}` : undefined,
    inList(col(s, 'status'), f.statuses),
    f.targetKind
      ? sql`${col(s, 'target_id')} IN (SELECT id FROM parties WHERE kind = ${f.targetKind})`
      : undefined,
    f.from ? sql`${col(s, 'announced_on')} >= ${f.from}` : undefined,
    f.to ? sql`${col(s, 'announced_on')} <= ${f.to}` : undefined,
    f.q ? textMatch('sanctions', s, f.q, searchOnly(f) === undefined) : undefined,
  ]);
}

export function eventWhere(f: EventFilter, e = 'e'): SQL {
  return and([
    sql`${col(e, 'retired_at')} IS NULL`,
    f.partyId !== undefined
      ? sql`EXISTS (SELECT 1 FROM event_parties ep WHERE ep.event_id = ${col(e, 'id')} AND ep.party_id = ${f.partyId})`
      : undefined,
    f.from ? sql`${col(e, 'occurred_on')} >= ${f.from}` : undefined,
    f.to ? sql`${col(e, 'occurred_on')} <= ${f.to}` : undefined,
    likeMatch(e, f.q),
  ]);
}

// Each role's EXISTS probe matches the leading column of a partial index on live rows.
const ROLE_EXISTS: Record<PartyRoleFilter, (id: SQL) => SQL> = {
  donor: (id) => sql`EXISTS (SELECT 1 FROM aid_packages r WHERE r.donor_id = ${id} AND r.retired_at IS NULL)`,
  recipient: (id) =>
    sql`EXISTS (SELECT 1 FROM aid_packages r WHERE r.recipient_id = ${id} AND r.retired_at IS NULL)`,
  imposer: (id) =>
    sql`EXISTS (SELECT 1 FROM sanctions r WHERE r.imposing_id = ${id} AND r.retired_at IS NULL)`,
  target: (id) => sql`EXISTS (SELECT 1 FROM sanctions r WHERE r.target_id = ${id} AND r.retired_at IS NULL)`,
};

export function partyWhere(f: PartyFilter, p = 'p'): SQL {
  return and([
    sql`${col(p, 'retired_at')} IS NULL`,
    f.kind ? sql`${col(p, 'kind')} = ${f.kind}` : undefined,
    f.role ? ROLE_EXISTS[f.role](col(p, 'id')) : undefined,
    f.q ? sql`${col(p, 'name')} LIKE ${likePattern(f.q)} ESCAPE '\\'` : undefined,
  ]);
}

export function sourceWhere(f: SourceFilter, s = 's'): SQL {
  return and([
    sql`${col(s, 'retired_at')} IS NULL`,
    // Exact code or a regional variant of it: `fr` also finds `fr-CA`.
    f.language
      ? sql`(${col(s, 'language')} = ${f.language} OR ${col(s, 'language')} LIKE ${`${f.language}-%`})`
      : undefined,
    f.from ? sql`${col(s, 'published_on')} >= ${f.from}` : undefined,
    f.to ? sql`${col(s, 'published_on')} <= ${f.to}` : undefined,
    f.q
      ? sql`(${col(s, 'title')} LIKE ${likePattern(f.q)} ESCAPE '\\' OR ${col(s, 'publisher')} LIKE ${likePattern(f.q)} ESCAPE '\\')`
      : undefined,
  ]);
}

export interface Page {
  page: number;
  pageSize: number;
  /** A search's matches are counted up to this (SEARCH_COUNT_CAP when absent): a download reads them all. */
  countUpTo?: number;
}

export interface PageResult<T> {
  rows: T[];
  /** Exact, except where `capped`. */
  total: number;
  /** A search with more matches than `total` (SEARCH_COUNT_CAP): pages stop there. */
  capped?: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
}

/** Clamps a requested page to the pages that exist (at least 1). */
export function clampPage(
  requested: Page,
  total: number,
): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / requested.pageSize));
  const page = Math.min(Math.max(1, requested.page), pageCount);
  return { page, pageCount, offset: (page - 1) * requested.pageSize };
}

/**
 * A page nearer the end of its list is read from the end, in the opposite order, and
 * reversed: every list order ends with the id, so the two orders are exact mirrors. The
 * last page of a million rows then costs what the first does, instead of a read past
 * every row before it.
 */
export function readWindow(offset: number, pageSize: number, total: number, dir: SortDir): ReadWindow {
  const after = total - offset - pageSize;
  if (offset === 0 || after >= offset) return { dir, offset, limit: pageSize, fromEnd: false };
  return {
    dir: dir === 'asc' ? 'desc' : 'asc',
    offset: Math.max(0, after),
    limit: Math.min(pageSize, total - offset),
    fromEnd: true,
  };
}
