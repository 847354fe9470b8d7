import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
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

export interface AdminEventRow {
  id: number;
  title: string;
  occurredOn: string;
  /** Names of the parties involved, alphabetical, comma-separated. */
  parties: string;
  updatedAt: string;
  retiredAt: string | null;
}

/** Every event for editors, retired ones included on request, last edited first. */
export function listAdminEvents(
  q: string | undefined,
  state: RetiredFilter,
  paging: Page,
): PageResult<AdminEventRow> {
  const db = getDb();
  const where = sql`${retiredWhere(state, 'e')} AND (${q ?? null} IS NULL OR e.title LIKE ${likePattern(q ?? '')} ESCAPE '\\')`;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM events e WHERE ${where}`)?.n ?? 0;
  const { page, pageCount, orderAndLimit, inOrder } = lastEditedPage('e', paging, total);
  const rows = db.all<AdminEventRow>(sql`
    SELECT e.id, e.title, e.occurred_on AS occurredOn, e.updated_at AS updatedAt, e.retired_at AS retiredAt,
           coalesce((SELECT group_concat(name, ', ') FROM (
             SELECT p.name FROM event_parties ep JOIN parties p ON p.id = ep.party_id WHERE ep.event_id = e.id ORDER BY p.name
           )), '') AS parties
    FROM events e
    WHERE ${where} ${orderAndLimit}`);
  return { rows: inOrder(rows), total, page, pageCount, pageSize: paging.pageSize };
}

export interface EventForEdit extends EntryMeta {
  values: Record<string, string>;
  parties: PartyChoice[];
  citations: CitationForEdit[];
}

/** An event as its edit form shows it (retired ones too); null if none. */
export function getEventForEdit(id: number): EventForEdit | null {
  const db = getDb().$client;
  const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as StoredRow | undefined;
  if (!row) return null;
  const parties = db
    .prepare(
      `SELECT p.id, p.name AS label FROM event_parties ep JOIN parties p ON p.id = ep.party_id WHERE ep.event_id = ? ORDER BY p.name`,
    )
    .all(id) as PartyChoice[];
  return {
    ...entryMeta(row),
    values: formFields(row, { occurredOn: 'occurred_on', title: 'title', description: 'description' }),
    parties,
    citations: citationsForEdit('event', id),
  };
}
