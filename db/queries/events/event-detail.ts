import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import type { AidCategory, AidStatus, SanctionMeasure, SanctionStatus } from '../../../domain/vocabulary';
import type { PartyRef } from '../aid/aid-list';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from '../sources/citations';
import { partiesOfEvents } from './event-list';

// SQL, not the builder: the entries around an event are read as the lists read them, on
// aliases, with the lists' citation columns (sources/citations.ts).

/** Days either side of an event in which aid and sanctions count as "around" it. */
export const AROUND_DAYS = 30;
/** Enough to read at a glance; the lists, filtered by party and date, hold the rest. */
const AROUND_LIMIT = 50;

export interface NearbyAid {
  id: number;
  title: string;
  donor: PartyRef;
  recipient: PartyRef;
  category: AidCategory;
  status: AidStatus;
  amountUsd: number | null;
  announcedOn: string;
}

export interface NearbySanction {
  id: number;
  title: string;
  imposer: PartyRef;
  target: PartyRef;
  measure: SanctionMeasure;
  status: SanctionStatus;
  announcedOn: string;
}

export interface EventDetail {
  id: number;
  occurredOn: string;
  title: string;
  description: string | null;
  updatedAt: string;
  parties: PartyRef[];
  citations: CitationDto[];
  around: {
    /** Days either side of the event (AROUND_DAYS), and the dates they reach. */
    days: number;
    from: string;
    to: string;
    aid: NearbyAid[];
    aidTotal: number;
    sanctions: NearbySanction[];
    sanctionTotal: number;
  };
}

type Pair<A extends string, B extends string> = Record<
  `${A}Slug` | `${A}Name` | `${B}Slug` | `${B}Name`,
  string
>;

/** One live event with its parties, sources, and the aid and sanctions involving its parties within ±30 days. */
export function getEvent(id: number): EventDetail | null {
  const db = getDb();
  const rows = db.all<Omit<EventDetail, 'parties' | 'citations' | 'around'> & CitationRow>(sql`
    SELECT e.id, e.occurred_on AS occurredOn, e.title, e.description, e.updated_at AS updatedAt, ${CITATION_COLUMNS}
    FROM events e
    LEFT JOIN citations c ON c.event_id = e.id
    LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
    WHERE e.id = ${id} AND e.retired_at IS NULL
    ORDER BY c.id`);
  const [event] = groupCitations(rows);
  if (!event) return null;

  const window = db.get<{ from: string; to: string }>(
    sql`SELECT date(${event.occurredOn}, ${`-${AROUND_DAYS} days`}) AS "from", date(${event.occurredOn}, ${`+${AROUND_DAYS} days`}) AS "to"`,
  ) ?? { from: event.occurredOn, to: event.occurredOn };
  const involved = sql`(SELECT party_id FROM event_parties WHERE event_id = ${id})`;
  const inWindow = (column: string) => sql`${sql.raw(column)} BETWEEN ${window.from} AND ${window.to}`;
  const count = (from: SQL) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from}`)?.n ?? 0;

  const aidWhere = sql`a.retired_at IS NULL AND ${inWindow('a.announced_on')}
    AND (a.donor_id IN ${involved} OR a.recipient_id IN ${involved})`;
  const aid = db.all<Omit<NearbyAid, 'donor' | 'recipient'> & Pair<'donor', 'recipient'>>(sql`
    SELECT a.id, a.title, a.category, a.status, a.amount_usd AS amountUsd, a.announced_on AS announcedOn,
           d.slug AS donorSlug, d.name AS donorName, r.slug AS recipientSlug, r.name AS recipientName
    FROM aid_packages a JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
    WHERE ${aidWhere}
    ORDER BY a.announced_on, a.id LIMIT ${AROUND_LIMIT}`);

  const sanctionWhere = sql`x.retired_at IS NULL AND ${inWindow('x.announced_on')}
    AND (x.imposing_id IN ${involved} OR x.target_id IN ${involved})`;
  const sanctions = db.all<Omit<NearbySanction, 'imposer' | 'target'> & Pair<'imposer', 'target'>>(sql`
    SELECT x.id, x.title, x.measure, x.status, x.announced_on AS announcedOn,
           i.slug AS imposerSlug, i.name AS imposerName, t.slug AS targetSlug, t.name AS targetName
    FROM sanctions x JOIN parties i ON i.id = x.imposing_id JOIN parties t ON t.id = x.target_id
    WHERE ${sanctionWhere}
    ORDER BY x.announced_on, x.id LIMIT ${AROUND_LIMIT}`);

  const { citations, ...fields } = event;
  return {
    ...fields,
    parties: partiesOfEvents([id]).get(id) ?? [],
    citations,
    around: {
      days: AROUND_DAYS,
      ...window,
      aid: aid.map(({ donorSlug, donorName, recipientSlug, recipientName, ...a }) => ({
        ...a,
        donor: { slug: donorSlug, name: donorName },
        recipient: { slug: recipientSlug, name: recipientName },
      })),
      aidTotal: count(sql`aid_packages a WHERE ${aidWhere}`),
      sanctions: sanctions.map(({ imposerSlug, imposerName, targetSlug, targetName, ...x }) => ({
        ...x,
        imposer: { slug: imposerSlug, name: imposerName },
        target: { slug: targetSlug, name: targetName },
      })),
      sanctionTotal: count(sql`sanctions x WHERE ${sanctionWhere}`),
    },
  };
}
