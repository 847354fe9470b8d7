import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../../index';
import { readAsOf } from '../asof/rewind';
import { cubeRows } from '../list/cube-sql';
import { periodRanges } from '../../rollups/periods';
import { parties } from '../../schema';
import { preparedOnce } from '../prepared';
import { UNCOMMITTED_AID_STATUSES, type PartyKind, type SanctionStatus } from '../../../domain/vocabulary';
import type { PartyRef } from '../aid/aid-list';
import { getPartyActivity, type PartyActivity } from './party-activity';
import { COMMITTED_SQL } from './party-list';

export interface AidSide {
  /** Approved, authorized or delivered: the only aid ever summed. */
  committedUsd: number;
  committedCount: number;
  /** Committed packages whose amount was not disclosed (counted, not summed). */
  committedUnquantified: number;
  /** Requested or pledged, kept apart from the committed figure. */
  requests: { count: number; unquantified: number; knownUsd: number };
}

export interface SanctionSide {
  /** Status imposed. */
  inForce: number;
  threatened: number;
  /** Every live sanction on this side, whatever its status. */
  total: number;
}

export interface PartyFigures {
  given: AidSide;
  received: AidSide;
  imposed: SanctionSide;
  suffered: SanctionSide;
}

export interface PartyDetail extends PartyRef {
  id: number;
  kind: PartyKind;
  countryCode: string | null;
  description: string | null;
  updatedAt: string;
  parent: PartyRef | null;
  children: PartyRef[];
  figures: PartyFigures;
  activity: PartyActivity;
  /** The day it is shown as of, when it is. */
  asof?: string;
}

const UNCOMMITTED_SQL = sql.raw(UNCOMMITTED_AID_STATUSES.map((s) => `'${s}'`).join(', '));

// A party's page reads these at every request: prepared once (../prepared.ts).
const up = alias(parties, 'up');
const partyBySlug = preparedOnce((db) =>
  db
    .select({
      id: parties.id,
      slug: parties.slug,
      name: parties.name,
      kind: parties.kind,
      countryCode: parties.countryCode,
      description: parties.description,
      updatedAt: parties.updatedAt,
      parentSlug: up.slug,
      parentName: up.name,
    })
    .from(parties)
    .leftJoin(up, and(eq(up.id, parties.parentId), isNull(up.retiredAt)))
    .where(and(eq(parties.slug, sql.placeholder('slug')), isNull(parties.retiredAt)))
    .prepare(),
);
const childrenOf = preparedOnce((db) =>
  db
    .select({ slug: parties.slug, name: parties.name })
    .from(parties)
    .where(and(eq(parties.parentId, sql.placeholder('id')), isNull(parties.retiredAt)))
    .orderBy(sql`${parties.name} COLLATE NOCASE`)
    .prepare(),
);

/**
 * A live party by slug with its headline figures, charts and latest rows; null when there is
 * none. With `asof`, as it stood at the end of that day (found by today's slug, which may
 * have changed since): null when it did not exist yet, or was retired by then.
 */
export function getParty(slug: string, { asof }: { asof?: string } = {}): PartyDetail | null {
  if (asof === undefined) return getPartyToday(slug);
  const id = getDb().$client.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as
    number | undefined;
  if (id === undefined) return null;
  // Dated: its figures, charts and tables keep to entries announced by the day.
  return readAsOf({ asof, dated: true }, () => {
    const then = getDb().$client.prepare('SELECT slug FROM parties WHERE id = ?').pluck().get(id) as string;
    const party = getPartyToday(then, asof);
    return party && { ...party, asof };
  });
}

function getPartyToday(slug: string, to?: string): PartyDetail | null {
  const party = partyBySlug().get({ slug });
  if (!party) return null;
  const { parentSlug, parentName, ...fields } = party;
  const children = childrenOf().all({ id: party.id });
  return {
    ...fields,
    parent: parentSlug && parentName ? { slug: parentSlug, name: parentName } : null,
    children,
    figures: getPartyFigures(party.id, to),
    activity: getPartyActivity(party.id, to),
  };
}

/** A party's headline figures; with `to`, of entries announced by that day only. */
export function getPartyFigures(id: number, to?: string): PartyFigures {
  const scope = [sql`role IN (1, 2) AND party_id = ${id}`];
  const db = getDb();
  // SQL on the rollups (db/rollups), which the schema does not declare: a few precomputed
  // cells per party and side, whatever the party's size.
  const aid = db.all<{
    side: 'given' | 'received';
    stage: 'committed' | 'uncommitted' | 'other';
    n: number;
    known: number;
    usd: number;
  }>(sql`
    SELECT CASE role WHEN 1 THEN 'given' ELSE 'received' END AS side,
           CASE WHEN status IN (${COMMITTED_SQL}) THEN 'committed'
                WHEN status IN (${UNCOMMITTED_SQL}) THEN 'uncommitted' ELSE 'other' END AS stage,
           sum(n) AS n, sum(usd_n) AS known, sum(usd) AS usd
    FROM (${cubeRows('aid_rollup', scope, periodRanges(undefined, to))})
    GROUP BY side, stage HAVING sum(n) > 0`);
  const sanctions = db.all<{ side: 'imposed' | 'suffered'; status: SanctionStatus; n: number }>(sql`
    SELECT CASE role WHEN 1 THEN 'imposed' ELSE 'suffered' END AS side, status, sum(n) AS n
    FROM (${cubeRows('sanction_rollup', scope, periodRanges(undefined, to))})
    GROUP BY side, status`);

  const aidSide = (side: 'given' | 'received'): AidSide => {
    const committed = aid.find((r) => r.side === side && r.stage === 'committed');
    const requests = aid.find((r) => r.side === side && r.stage === 'uncommitted');
    return {
      committedUsd: committed?.usd ?? 0,
      committedCount: committed?.n ?? 0,
      committedUnquantified: committed ? committed.n - committed.known : 0,
      requests: {
        count: requests?.n ?? 0,
        unquantified: requests ? requests.n - requests.known : 0,
        knownUsd: requests?.usd ?? 0,
      },
    };
  };
  const sanctionSide = (side: 'imposed' | 'suffered'): SanctionSide => {
    const rows = sanctions.filter((r) => r.side === side);
    const of = (status: SanctionStatus) => rows.find((r) => r.status === status)?.n ?? 0;
    return {
      inForce: of('imposed'),
      threatened: of('threatened'),
      total: rows.reduce((sum, r) => sum + r.n, 0),
    };
  };
  return {
    given: aidSide('given'),
    received: aidSide('received'),
    imposed: sanctionSide('imposed'),
    suffered: sanctionSide('suffered'),
  };
}
