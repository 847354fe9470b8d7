import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { getDb } from '../index';
import { eventParties, parties } from '../schema';
import { aidWhere, eventWhere, sanctionWhere } from './filters';
import { aidFilterOf, eventFilterOf, sanctionFilterOf, type OverviewFilter } from './overview-filter';

export const TIMELINE_TYPES = ['event', 'aid', 'threat', 'sanction'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineParty {
  slug: string;
  name: string;
}

export interface TimelineEntry {
  type: TimelineType;
  id: number;
  date: string;
  title: string;
  /** Aid and sanction status; null for events. */
  status: string | null;
  /** Aid category or sanction measure; null for events. */
  kind: string | null;
  amountUsd: number | null;
  /** Donor → recipient, imposer → target; the parties involved in an event. */
  parties: TimelineParty[];
}

type Row = Omit<TimelineEntry, 'parties'> & {
  fromSlug: string | null;
  fromName: string | null;
  toSlug: string | null;
  toName: string | null;
};

/**
 * Aid, sanctions, threats and events on one timeline, newest first. Each branch takes
 * only its own newest `limit` rows before the merge, so the cost stays flat as tables grow.
 * Same-day entries read as a story: the event, then the aid, threats and sanctions.
 */
export function listTimeline(filter: OverviewFilter, limit = 50): { entries: TimelineEntry[]; total: number } {
  const db = getDb();
  const aid = aidWhere(aidFilterOf(filter));
  const sanction = sanctionWhere(sanctionFilterOf(filter), 'x');
  const event = eventWhere(eventFilterOf(filter));
  const rows = db.all<Row>(sql`
    SELECT type, id, date, title, status, kind, amountUsd, fromSlug, fromName, toSlug, toName FROM (
      SELECT * FROM (
        SELECT 'aid' AS type, 1 AS rank, a.id, a.announced_on AS date, a.title, a.status, a.category AS kind,
               a.amount_usd AS amountUsd, d.slug AS fromSlug, d.name AS fromName, r.slug AS toSlug, r.name AS toName
        FROM aid_packages a JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
        WHERE ${aid} ORDER BY a.announced_on DESC, a.id DESC LIMIT ${limit})
      UNION ALL
      SELECT * FROM (
        SELECT CASE x.status WHEN 'threatened' THEN 'threat' ELSE 'sanction' END,
               CASE x.status WHEN 'threatened' THEN 2 ELSE 3 END, x.id, x.announced_on, x.title, x.status, x.measure,
               NULL, i.slug, i.name, t.slug, t.name
        FROM sanctions x JOIN parties i ON i.id = x.imposing_id JOIN parties t ON t.id = x.target_id
        WHERE ${sanction} ORDER BY x.announced_on DESC, x.id DESC LIMIT ${limit})
      UNION ALL
      SELECT * FROM (
        SELECT 'event', 0, e.id, e.occurred_on, e.title, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM events e WHERE ${event} ORDER BY e.occurred_on DESC, e.id DESC LIMIT ${limit})
    )
    ORDER BY date DESC, rank, id DESC
    LIMIT ${limit}`);

  const eventIds = rows.filter((r) => r.type === 'event').map((r) => r.id);
  const involved = new Map<number, TimelineParty[]>();
  if (eventIds.length > 0) {
    const links = db
      .select({ eventId: eventParties.eventId, slug: parties.slug, name: parties.name })
      .from(eventParties)
      .innerJoin(parties, sql`${parties.id} = ${eventParties.partyId}`)
      .where(inArray(eventParties.eventId, eventIds))
      .orderBy(parties.name)
      .all();
    for (const { eventId, slug, name } of links) involved.set(eventId, [...(involved.get(eventId) ?? []), { slug, name }]);
  }

  const total = db.get<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM aid_packages a WHERE ${aid})
         + (SELECT count(*) FROM sanctions x WHERE ${sanction})
         + (SELECT count(*) FROM events e WHERE ${event}) AS n`)?.n ?? 0;

  const entries = rows.map(({ fromSlug, fromName, toSlug, toName, ...entry }): TimelineEntry => {
    const pair = fromSlug && fromName && toSlug && toName ? [{ slug: fromSlug, name: fromName }, { slug: toSlug, name: toName }] : [];
    return { ...entry, parties: entry.type === 'event' ? (involved.get(entry.id) ?? []) : pair };
  });
  return { entries, total };
}
