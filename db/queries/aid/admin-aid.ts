import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../../index';
import { aidPackages, parties } from '../../schema';
import type { AidCategory, AidStatus } from '../../../domain/vocabulary';
import { asText, citationsForEdit, entryMeta, formFields } from '../admin/admin-entries';
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

/** Every aid package for editors, retired ones included on request, last edited first (SQL: admin-lists.ts). */
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
  const [donor, recipient] = [alias(parties, 'd'), alias(parties, 'r')];
  const found = getDb()
    .select({ aid: aidPackages, donorName: donor.name, recipientName: recipient.name })
    .from(aidPackages)
    .innerJoin(donor, eq(donor.id, aidPackages.donorId))
    .innerJoin(recipient, eq(recipient.id, aidPackages.recipientId))
    .where(eq(aidPackages.id, id))
    .get();
  if (!found) return null;
  const { aid, donorName, recipientName } = found;
  return {
    ...entryMeta(aid),
    values: {
      ...formFields(aid, ['category', 'status', 'amount', 'currency']),
      amountUsd: aid.currency === 'USD' ? '' : asText(aid.amountUsd),
      ...formFields(aid, ['announcedOn', 'title', 'description']),
    },
    donor: { id: aid.donorId, label: donorName },
    recipient: { id: aid.recipientId, label: recipientName },
    citations: citationsForEdit('aid_package', id),
  };
}
