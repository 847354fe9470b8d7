import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { eventParties, events, parties } from '../../schema';
import { lastEditedPage, retiredWhere, type RetiredFilter } from '../admin/admin-lists';
import {
  citationsForEdit,
  entryMeta,
  formFields,
  type CitationForEdit,
  type EntryMeta,
  type PartyChoice,
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

/** Every event for editors, retired ones included on request, last edited first (SQL: admin-lists.ts). */
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
  const db = getDb();
  const row = db.select().from(events).where(eq(events.id, id)).get();
  if (!row) return null;
  const involved = db
    .select({ id: parties.id, label: parties.name })
    .from(eventParties)
    .innerJoin(parties, eq(parties.id, eventParties.partyId))
    .where(eq(eventParties.eventId, id))
    .orderBy(asc(parties.name))
    .all();
  return {
    ...entryMeta(row),
    values: formFields(row, ['occurredOn', 'title', 'description']),
    parties: involved,
    citations: citationsForEdit('event', id),
  };
}
