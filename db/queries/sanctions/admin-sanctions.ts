import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import type { SanctionMeasure, SanctionStatus } from '../../../domain/vocabulary';
import { adminTotal, lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import {
  citationsForEdit,
  entryMeta,
  formFields,
  type CitationForEdit,
  type EntryMeta,
  type PartyChoice,
  type StoredRow,
} from '../admin/admin-entries';
import { likePattern, type Page, type PageResult } from '../list/filters';

export interface AdminSanctionRow {
  id: number;
  title: string;
  imposing: string;
  target: string;
  measure: SanctionMeasure;
  status: SanctionStatus;
  announcedOn: string;
  updatedAt: string;
  retiredAt: string | null;
}

/** Every sanction for editors, retired ones included on request, last edited first. */
export function listAdminSanctions(
  q: string | undefined,
  state: RetiredFilter,
  paging: Page,
): PageResult<AdminSanctionRow> {
  const db = getDb();
  const search = q ? sql`s.title LIKE ${likePattern(q)} ESCAPE '\\'` : undefined;
  const where = search ? sql`${retiredWhere(state, 's')} AND ${search}` : retiredWhere(state, 's');
  const total = adminTotal('sanctions', 's', state, search);
  const { page, pageCount, orderAndLimit, inOrder } = lastEditedPage('s', paging, total);
  // Sanctions outer (CROSS JOIN), walked newest edit first through sanctions_updated_idx.
  const rows = db.all<AdminSanctionRow>(sql`
    SELECT s.id, s.title, i.name AS imposing, t.name AS target, s.measure, s.status, s.announced_on AS announcedOn,
           s.updated_at AS updatedAt, s.retired_at AS retiredAt
    FROM sanctions s CROSS JOIN parties i ON i.id = s.imposing_id CROSS JOIN parties t ON t.id = s.target_id
    WHERE ${where} ${orderAndLimit}`);
  return { rows: inOrder(rows), total, page, pageCount, pageSize: paging.pageSize };
}

export interface SanctionForEdit extends EntryMeta {
  values: Record<string, string>;
  imposing: PartyChoice;
  target: PartyChoice;
  citations: CitationForEdit[];
}

/** A sanction as its edit form shows it (retired ones too); null if none. */
export function getSanctionForEdit(id: number): SanctionForEdit | null {
  const row = getDb()
    .$client.prepare(
      `SELECT s.*, i.name AS imposing_name, t.name AS target_name FROM sanctions s
       JOIN parties i ON i.id = s.imposing_id JOIN parties t ON t.id = s.target_id WHERE s.id = ?`,
    )
    .get(id) as StoredRow | undefined;
  if (!row) return null;
  return {
    ...entryMeta(row),
    values: formFields(row, {
      measure: 'measure',
      status: 'status',
      announcedOn: 'announced_on',
      effectiveOn: 'effective_on',
      liftedOn: 'lifted_on',
      legalBasis: 'legal_basis',
      title: 'title',
      description: 'description',
    }),
    imposing: { id: Number(row.imposing_id), label: String(row.imposing_name) },
    target: { id: Number(row.target_id), label: String(row.target_name) },
    citations: citationsForEdit('sanction', id),
  };
}
