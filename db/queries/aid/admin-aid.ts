import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import type { AidCategory, AidStatus } from '../../../domain/vocabulary';
import { adminTotal, lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import { likePattern, type Page, type PageResult } from '../list/filters';

export interface AdminAidRow {
  id: number;
  title: string;
  donor: string;
  recipient: string;
  category: AidCategory;
  status: AidStatus;
  amountUsd: number | null;
  announcedOn: string;
  updatedAt: string;
  retiredAt: string | null;
}

/** Every aid package for editors, retired ones included on request, last edited first. */
export function listAdminAid(
  q: string | undefined,
  state: RetiredFilter,
  paging: Page,
): PageResult<AdminAidRow> {
  const db = getDb();
  const search = q ? sql`a.title LIKE ${likePattern(q)} ESCAPE '\\'` : undefined;
  const where = search ? sql`${retiredWhere(state, 'a')} AND ${search}` : retiredWhere(state, 'a');
  const total = adminTotal('aid_packages', 'a', state, search);
  const { page, pageCount, orderAndLimit, inOrder } = lastEditedPage('a', paging, total);
  // Packages outer (CROSS JOIN), walked newest edit first through aid_updated_idx.
  const rows = db.all<AdminAidRow>(sql`
    SELECT a.id, a.title, d.name AS donor, r.name AS recipient, a.category, a.status, a.amount_usd AS amountUsd,
           a.announced_on AS announcedOn, a.updated_at AS updatedAt, a.retired_at AS retiredAt
    FROM aid_packages a CROSS JOIN parties d ON d.id = a.donor_id CROSS JOIN parties r ON r.id = a.recipient_id
    WHERE ${where} ${orderAndLimit}`);
  return { rows: inOrder(rows), total, page, pageCount, pageSize: paging.pageSize };
}

export interface AidForEdit {
  id: number;
  version: number;
  retiredAt: string | null;
  updatedAt: string;
  values: Record<string, string>;
  donor: { id: number; label: string };
  recipient: { id: number; label: string };
  citations: { source: { id: number; label: string }; quote: string }[];
}

/** An aid package as its edit form shows it (retired ones too); null if none. */
export function getAidForEdit(id: number): AidForEdit | null {
  const db = getDb().$client;
  const row = db
    .prepare(
      `SELECT a.*, d.name AS donor_name, r.name AS recipient_name FROM aid_packages a
       JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id WHERE a.id = ?`,
    )
    .get(id) as Record<string, string | number | null> | undefined;
  if (!row) return null;
  const citations = db
    .prepare(
      `SELECT s.id, s.title AS label, c.quote FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.aid_package_id = ? ORDER BY c.id`,
    )
    .all(id) as { id: number; label: string; quote: string }[];
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    id,
    version: Number(row.version),
    retiredAt: row.retired_at as string | null,
    updatedAt: String(row.updated_at),
    values: {
      category: text(row.category),
      status: text(row.status),
      amount: text(row.amount),
      currency: text(row.currency),
      amountUsd: row.currency === 'USD' ? '' : text(row.amount_usd),
      announcedOn: text(row.announced_on),
      title: text(row.title),
      description: text(row.description),
    },
    donor: { id: Number(row.donor_id), label: String(row.donor_name) },
    recipient: { id: Number(row.recipient_id), label: String(row.recipient_name) },
    citations: citations.map((c) => ({ source: { id: c.id, label: c.label }, quote: c.quote })),
  };
}
