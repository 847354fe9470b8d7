import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../../index';
import { parties } from '../../schema';
import type { PartyKind } from '../../../domain/vocabulary';
import { lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import { entryMeta, formFields, type EntryMeta, type PartyChoice } from '../admin/admin-entries';
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

/** Every party for editors (by name or address name), retired ones on request, last edited first (SQL: admin-lists.ts). */
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
  const parent = alias(parties, 'parent');
  const found = getDb()
    .select({ party: parties, parentName: parent.name })
    .from(parties)
    .leftJoin(parent, eq(parent.id, parties.parentId))
    .where(eq(parties.id, id))
    .get();
  if (!found) return null;
  const { party, parentName } = found;
  return {
    ...entryMeta(party),
    slug: party.slug,
    values: formFields(party, ['name', 'slug', 'kind', 'countryCode', 'description']),
    parent: party.parentId === null ? null : { id: party.parentId, label: String(parentName) },
  };
}
