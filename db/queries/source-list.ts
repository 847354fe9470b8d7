import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import { clampPage, sourceWhere, type Page, type PageResult, type SourceFilter } from './filters';
import type { SortDir, SourceSort } from './sorts';

export interface SourceRow {
  id: number;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  language: string;
  /** Live aid packages, sanctions and events citing it (a row citing it twice counts once). */
  citingCount: number;
}

const SORT_SQL: Record<SourceSort, string> = {
  date: 's.published_on',
  title: 's.title COLLATE NOCASE',
  publisher: 's.publisher COLLATE NOCASE',
  citations: 'citingCount',
};

// Per source through citations_source_idx; retired rows no longer count as citing.
const CITING_COUNT = sql.raw(`(
  SELECT count(DISTINCT coalesce('a' || c.aid_package_id, 's' || c.sanction_id, 'e' || c.event_id))
  FROM citations c
  LEFT JOIN aid_packages a ON a.id = c.aid_package_id
  LEFT JOIN sanctions x ON x.id = c.sanction_id
  LEFT JOIN events e ON e.id = c.event_id
  WHERE c.source_id = s.id AND coalesce(a.retired_at, x.retired_at, e.retired_at) IS NULL)`);

export function listSources(
  filter: SourceFilter,
  { sort = 'date', dir = 'desc', ...paging }: Page & { sort?: SourceSort; dir?: SortDir },
): PageResult<SourceRow> {
  const db = getDb();
  const where = sourceWhere(filter, 's');
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM sources s WHERE ${where}`)?.n ?? 0;
  const { page, pageCount, offset } = clampPage(paging, total);
  // Undated and unpublished-by sources go last whichever way the column is sorted.
  const nullsLast = sort === 'date' || sort === 'publisher' ? `${SORT_SQL[sort]} IS NULL, ` : '';
  const rows = db.all<SourceRow>(sql`
    SELECT s.id, s.title, s.publisher, s.published_on AS publishedOn, s.language, ${CITING_COUNT} AS citingCount
    FROM sources s
    WHERE ${where}
    ORDER BY ${sql.raw(`${nullsLast}${SORT_SQL[sort]} ${dir}, s.id ${dir}`)}
    LIMIT ${paging.pageSize} OFFSET ${offset}`);
  return { rows, total, page, pageCount, pageSize: paging.pageSize };
}

/** Languages of live sources, for the filter's choices. */
export function listSourceLanguages(): string[] {
  return getDb()
    .all<{ language: string }>(sql`SELECT DISTINCT language FROM sources WHERE retired_at IS NULL ORDER BY language`)
    .map((r) => r.language);
}
