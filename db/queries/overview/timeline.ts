import 'server-only';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import { eventParties, parties } from '../../schema';
import { categoryIs, cubeRows, measureIs, rangesOf, roleScope, type CubeTable } from '../list/cube-sql';
import { aidWhere, eventWhere, sanctionWhere } from '../list/filters';
import { aidFilterOf, eventFilterOf, sanctionFilterOf, type OverviewFilter } from './overview-filter';
import { overviewAsOf } from '../asof/as-of';

// SQL, not the builder: each kind's newest rows taken apart before one UNION ALL (a LIMIT per
// branch), and the counts off the rollups.

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
/** One WHERE per side of a party filter (each walks its own index), or the single unfiltered one. */
const sides = (filter: OverviewFilter, perSide: (partyId: number) => SQL[], all: SQL) =>
  filter.partyId === undefined ? [all] : perSide(filter.partyId);

function listTimelineToday(filter: OverviewFilter, limit = 25): { entries: TimelineEntry[]; total: number } {
  const db = getDb();
  const event = eventWhere(eventFilterOf(filter));
  // A party filter reads each side's own date index (donor, then recipient…) rather than an OR.
  const aidSides = sides(
    filter,
    (partyId) => [
      aidWhere(aidFilterOf(filter, { partyId: undefined, donorId: partyId })),
      aidWhere(aidFilterOf(filter, { partyId: undefined, recipientId: partyId })),
    ],
    aidWhere(aidFilterOf(filter)),
  );
  const sanctionSides = sides(
    filter,
    (partyId) => [
      sanctionWhere(sanctionFilterOf(filter, { partyId: undefined, imposingId: partyId }), 'x'),
      sanctionWhere(sanctionFilterOf(filter, { partyId: undefined, targetId: partyId }), 'x'),
    ],
    sanctionWhere(sanctionFilterOf(filter), 'x'),
  );
  const newest = (table: string, alias: string, date: string, wheres: SQL[]) =>
    sql.join(
      wheres.map(
        (where) => sql`SELECT * FROM (SELECT * FROM ${sql.raw(`${table} ${alias}`)} WHERE ${where}
          ORDER BY ${sql.raw(`${alias}.${date}`)} DESC, ${sql.raw(`${alias}.id`)} DESC LIMIT ${limit})`,
      ),
      sql` UNION ALL `,
    );
  const rows = db.all<Row>(sql`
    SELECT type, id, date, title, status, kind, amountUsd, fromSlug, fromName, toSlug, toName FROM (
      SELECT * FROM (
        SELECT 'aid' AS type, 1 AS rank, a.id, a.announced_on AS date, a.title, a.status, a.category AS kind,
               a.amount_usd AS amountUsd, d.slug AS fromSlug, d.name AS fromName, r.slug AS toSlug, r.name AS toName
        FROM (${newest('aid_packages', 'a', 'announced_on', aidSides)}) a
        JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
        ORDER BY a.announced_on DESC, a.id DESC LIMIT ${limit})
      UNION ALL
      SELECT * FROM (
        SELECT CASE x.status WHEN 'threatened' THEN 'threat' ELSE 'sanction' END,
               CASE x.status WHEN 'threatened' THEN 2 ELSE 3 END, x.id, x.announced_on, x.title, x.status, x.measure,
               NULL, i.slug, i.name, t.slug, t.name
        FROM (${newest('sanctions', 'x', 'announced_on', sanctionSides)}) x
        JOIN parties i ON i.id = x.imposing_id JOIN parties t ON t.id = x.target_id
        ORDER BY x.announced_on DESC, x.id DESC LIMIT ${limit})
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
    for (const { eventId, slug, name } of links)
      involved.set(eventId, [...(involved.get(eventId) ?? []), { slug, name }]);
  }

  const count = (table: CubeTable, where: (SQL | undefined)[]) =>
    sql`(SELECT coalesce(sum(n), 0) FROM (${cubeRows(table, roleScope(filter), rangesOf(filter), where)}))`;
  const total =
    db.get<{ n: number }>(sql`
      SELECT ${count('aid_rollup', [categoryIs(filter)])} + ${count('sanction_rollup', [measureIs(filter)])}
           + (SELECT count(*) FROM events e WHERE ${event}) AS n`)?.n ?? 0;

  const entries = rows.map(({ fromSlug, fromName, toSlug, toName, ...entry }): TimelineEntry => {
    const pair =
      fromSlug && fromName && toSlug && toName
        ? [
            { slug: fromSlug, name: fromName },
            { slug: toSlug, name: toName },
          ]
        : [];
    return { ...entry, parties: entry.type === 'event' ? (involved.get(entry.id) ?? []) : pair };
  });
  return { entries, total };
}

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listTimeline = overviewAsOf(listTimelineToday);
