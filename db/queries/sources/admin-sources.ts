import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { CITING_TABLE } from '../../rollups/citing';
import { lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import { entryMeta, formFields, type EntryMeta, type StoredRow } from '../admin/admin-entries';
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

// Live entries citing it, kept by triggers (db/rollups/citing.ts).
const LIVE_CITATIONS = `SELECT coalesce((SELECT n FROM ${CITING_TABLE} cc WHERE cc.source_id = src.id), 0)`;

/** Every source for editors (by title, publisher or link), retired ones on request, last edited first. */
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
           (${sql.raw(LIVE_CITATIONS)}) AS citedBy, src.updated_at AS updatedAt, src.retired_at AS retiredAt
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
  const row = getDb()
    .$client.prepare(`SELECT src.*, (${LIVE_CITATIONS}) AS cited_by FROM sources src WHERE src.id = ?`)
    .get(id) as StoredRow | undefined;
  if (!row) return null;
  return {
    ...entryMeta(row),
    values: formFields(row, {
      title: 'title',
      publisher: 'publisher',
      url: 'url',
      publishedOn: 'published_on',
      language: 'language',
      notes: 'notes',
    }),
    citedBy: Number(row.cited_by),
  };
}
