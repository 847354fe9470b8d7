import 'server-only';
import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import { getDb } from '../../index';
import { sources } from '../../schema';
import { CITING_TABLE } from '../../rollups/citing';
import { lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import { entryMeta, formFields, type EntryMeta } from '../admin/admin-entries';
import { likePattern, type Page, type PageResult } from '../list/filters';

export interface AdminSourceRow {
  id: number;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  language: string;
  /** Live aid packages, sanctions and events citing it: a source cited at all cannot be retired. */
  citedBy: number;
  updatedAt: string;
  retiredAt: string | null;
}

// Live entries citing it, kept by triggers (db/rollups/citing.ts) in a table the schema does not declare.
const liveCitations = (sourceId: SQLWrapper) =>
  sql`coalesce((SELECT n FROM ${sql.raw(CITING_TABLE)} cc WHERE cc.source_id = ${sourceId}), 0)`;

/** Every source for editors (by title, publisher or link), retired ones on request, last edited first (SQL: admin-lists.ts). */
export function listAdminSources(
  q: string | undefined,
  state: RetiredFilter,
  paging: Page,
): PageResult<AdminSourceRow> {
  const db = getDb();
  const pattern = likePattern(q ?? '');
  const where = sql`${retiredWhere(state, 'src')} AND (${q ?? null} IS NULL OR src.title LIKE ${pattern} ESCAPE '\\'
    OR src.publisher LIKE ${pattern} ESCAPE '\\' OR src.url LIKE ${pattern} ESCAPE '\\')`;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM sources src WHERE ${where}`)?.n ?? 0;
  const { page, pageCount, orderAndLimit, inOrder } = lastEditedPage('src', paging, total);
  const rows = db.all<AdminSourceRow>(sql`
    SELECT src.id, src.title, src.publisher, src.published_on AS publishedOn, src.language,
           ${liveCitations(sql.raw('src.id'))} AS citedBy, src.updated_at AS updatedAt, src.retired_at AS retiredAt
    FROM sources src
    WHERE ${where} ${orderAndLimit}`);
  return { rows: inOrder(rows), total, page, pageCount, pageSize: paging.pageSize };
}

export interface SourceForEdit extends EntryMeta {
  values: Record<string, string>;
  citedBy: number;
}

/** A source as its edit form shows it (retired ones too); null if none. */
export function getSourceForEdit(id: number): SourceForEdit | null {
  const found = getDb()
    .select({ source: sources, citedBy: liveCitations(sources.id).mapWith(Number) })
    .from(sources)
    .where(eq(sources.id, id))
    .get();
  if (!found) return null;
  const { source, citedBy } = found;
  return {
    ...entryMeta(source),
    values: formFields(source, ['title', 'publisher', 'url', 'publishedOn', 'language', 'notes']),
    citedBy,
  };
}
