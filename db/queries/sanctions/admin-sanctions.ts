import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../../index';
import { parties, sanctions } from '../../schema';
import type { SanctionMeasure, SanctionStatus } from '../../../domain/vocabulary';
import { adminTotal, lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import {
  citationsForEdit,
  entryMeta,
  formFields,
  type CitationForEdit,
  type EntryMeta,
  type PartyChoice,
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

/** Every sanction for editors, retired ones included on request, last edited first (SQL: admin-lists.ts). */
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
  const [imposing, target] = [alias(parties, 'i'), alias(parties, 't')];
  const found = getDb()
    .select({ sanction: sanctions, imposingName: imposing.name, targetName: target.name })
    .from(sanctions)
    .innerJoin(imposing, eq(imposing.id, sanctions.imposingId))
    .innerJoin(target, eq(target.id, sanctions.targetId))
    .where(eq(sanctions.id, id))
    .get();
  if (!found) return null;
  const { sanction, imposingName, targetName } = found;
  return {
    ...entryMeta(sanction),
    values: formFields(sanction, [
      'measure',
      'status',
      'announcedOn',
      'effectiveOn',
      'liftedOn',
      'legalBasis',
      'title',
      'description',
    ]),
    imposing: { id: sanction.imposingId, label: imposingName },
    target: { id: sanction.targetId, label: targetName },
    citations: citationsForEdit('sanction', id),
  };
}
