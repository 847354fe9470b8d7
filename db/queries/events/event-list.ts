import 'server-only';
import { sql } from 'drizzle-orm';
import { datedAsOf } from '../asof/as-of';
import { getDb } from '../../index';
import type { PartyRef } from '../aid/aid-list';
import { clampPage, eventWhere, type Page, type PageResult } from '../list/filters';
import type { EventFilter } from '../list/types';
import type { EventSort, SortDir } from '../list/sorts';

export interface EventRow {
  id: number;
  occurredOn: string;
  title: string;
  parties: PartyRef[];
  sourceCount: number;
}

const SORT_SQL: Record<EventSort, string> = {
  date: 'e.occurred_on',
  title: 'e.title COLLATE NOCASE',
};

/** Parties of several events in one query (never one per row), by event id. */
export function partiesOfEvents(eventIds: number[]): Map<number, PartyRef[]> {
  const byEvent = new Map<number, PartyRef[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  // SQL: every page of the events list reads it, and the builder's cost of writing the
  // statement (its IN list as long as the page) would be paid at each request.
  const rows = getDb().all<PartyRef & { eventId: number }>(sql`
    SELECT ep.event_id AS eventId, p.slug, p.name
    FROM event_parties ep
    JOIN parties p ON p.id = ep.party_id AND p.retired_at IS NULL
    WHERE ep.event_id IN (${sql.join(
      eventIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    ORDER BY p.name COLLATE NOCASE`);
  for (const { eventId, ...party } of rows) byEvent.get(eventId)?.push(party);
  return byEvent;
}

// SQL: built on the list engine's WHERE (list/filters.ts), written on table aliases.
/** A page of events; with `filter.asof`, of the list as it stood at the end of that day. */
export function listEvents(
  filter: EventFilter,
  page: Parameters<typeof listEventsToday>[1],
): PageResult<EventRow> {
  return datedAsOf(filter, (f) => listEventsToday(f, page));
}

function listEventsToday(
  filter: EventFilter,
  { sort = 'date', dir = 'desc', ...paging }: Page & { sort?: EventSort; dir?: SortDir },
): PageResult<EventRow> {
  const db = getDb();
  const where = eventWhere(filter, 'e');
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM events e WHERE ${where}`)?.n ?? 0;
  const { page, pageCount, offset } = clampPage(paging, total);
  const rows = db.all<Omit<EventRow, 'parties'>>(sql`
    SELECT e.id, e.occurred_on AS occurredOn, e.title,
           (SELECT count(*) FROM citations c WHERE c.event_id = e.id) AS sourceCount
    FROM events e
    WHERE ${where}
    ORDER BY ${sql.raw(`${SORT_SQL[sort]} ${dir}, e.id ${dir}`)} LIMIT ${paging.pageSize} OFFSET ${offset}`);
  const parties = partiesOfEvents(rows.map((r) => r.id));
  return {
    rows: rows.map((r) => ({ ...r, parties: parties.get(r.id) ?? [] })),
    total,
    page,
    pageCount,
    pageSize: paging.pageSize,
  };
}
