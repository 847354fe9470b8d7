import 'server-only';
import { asc, isNull, sql } from 'drizzle-orm';
import { wholeAsOf } from '../asof/as-of';
import { getDb } from '../../index';
import { sources } from '../../schema';
import { CITING_TABLE } from '../../rollups/citing';
import { clampPage, sourceWhere, type Page, type PageResult } from '../list/filters';
import type { SourceFilter } from '../list/types';
import type { SortDir, SourceSort } from '../list/sorts';

// SQL, not the builder: the list engine's WHERE on aliases (list/filters.ts), and the citing
// counts kept by triggers in a table the schema does not declare.

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

// Kept per source by triggers (db/rollups/citing.ts): counting it here would read every
// citation, and sorting by it needs every source's figure.
const CITING_COUNT = sql.raw(`coalesce((SELECT n FROM ${CITING_TABLE} cc WHERE cc.source_id = s.id), 0)`);

/** A page of sources; with `filter.asof`, of the list as it stood at the end of that day. */
export function listSources(
  filter: SourceFilter,
  page: Parameters<typeof listSourcesToday>[1],
): PageResult<SourceRow> {
  return wholeAsOf(filter, (f) => listSourcesToday(f, page));
}

function listSourcesToday(
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
    .selectDistinct({ language: sources.language })
    .from(sources)
    .where(isNull(sources.retiredAt))
    .orderBy(asc(sources.language))
    .all()
    .map((r) => r.language);
}
