import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import type { PartyKind } from '../../../domain/vocabulary';
import { lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import {
  entryMeta,
  formFields,
  type EntryMeta,
  type PartyChoice,
  type StoredRow,
} from '../admin/admin-entries';
import { likePattern, type Page, type PageResult } from '../list/filters';

export interface AdminPartyRow {
  id: number;
  name: string;
  slug: string;
  kind: PartyKind;
  countryCode: string | null;
  parent: string | null;
  updatedAt: string;
  retiredAt: string | null;
}

/** Every party for editors (by name or address name), retired ones on request, last edited first. */
export function listAdminParties(
  q: string | undefined,
  state: RetiredFilter,
  paging: Page,
): PageResult<AdminPartyRow> {
  const db = getDb();
  const pattern = likePattern(q ?? '');
  const where = sql`${retiredWhere(state, 'p')} AND (${q ?? null} IS NULL OR p.name LIKE ${pattern} ESCAPE '\\' OR p.slug LIKE ${pattern} ESCAPE '\\')`;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM parties p WHERE ${where}`)?.n ?? 0;
  const { page, pageCount, orderAndLimit, inOrder } = lastEditedPage('p', paging, total);
  const rows = db.all<AdminPartyRow>(sql`
    SELECT p.id, p.name, p.slug, p.kind, p.country_code AS countryCode, parent.name AS parent,
           p.updated_at AS updatedAt, p.retired_at AS retiredAt
    FROM parties p LEFT JOIN parties parent ON parent.id = p.parent_id
    WHERE ${where} ${orderAndLimit}`);
  return { rows: inOrder(rows), total, page, pageCount, pageSize: paging.pageSize };
}

export interface PartyForEdit extends EntryMeta {
  /** The address of its public page, /parties/[slug]. */
  slug: string;
  values: Record<string, string>;
  parent: PartyChoice | null;
}

/** A party as its edit form shows it (retired ones too); null if none. */
export function getPartyForEdit(id: number): PartyForEdit | null {
  const row = getDb()
    .$client.prepare(
      `SELECT p.*, parent.name AS parent_name FROM parties p LEFT JOIN parties parent ON parent.id = p.parent_id WHERE p.id = ?`,
    )
    .get(id) as StoredRow | undefined;
  if (!row) return null;
  return {
    ...entryMeta(row),
    slug: String(row.slug),
    values: formFields(row, {
      name: 'name',
      slug: 'slug',
      kind: 'kind',
      countryCode: 'country_code',
      description: 'description',
    }),
    parent: row.parent_id === null ? null : { id: Number(row.parent_id), label: String(row.parent_name) },
  };
}
