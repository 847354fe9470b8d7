import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { GRAINS } from '../../rollups/cubes';
import { periodRanges } from '../../rollups/periods';
import { cubeRows, type CubeTable } from '../list/cube-sql';
import { getDb } from '../../index';
import { listAid, type AidRow } from '../aid/aid-list';
import { listEvents, type EventRow } from '../events/event-list';
import type { PageResult } from '../list/filters';
import { COMMITTED_SQL } from './party-list';
import { listSanctions, type SanctionRow } from '../sanctions/sanction-list';
import { toTimeSeries, type MonthValue, type TimeSeries } from '../list/time-buckets';

/** Rows shown per table on a party's page; the filtered list behind each holds the rest. */
export const PARTY_TABLE_ROWS = 10;

export interface PartyActivity {
  /** Committed aid in whole USD per period. */
  aidSeries: TimeSeries<'given' | 'received'>;
  /** Sanctions that took effect (imposed, since suspended or lifted) per period announced. */
  sanctionSeries: TimeSeries<'imposed' | 'suffered'>;
  aidGiven: PageResult<AidRow>;
  aidReceived: PageResult<AidRow>;
  sanctionsImposed: PageResult<SanctionRow>;
  sanctionsSuffered: PageResult<SanctionRow>;
  events: PageResult<EventRow>;
}

/** A party's charts and latest rows; with `to`, of entries announced by that day only. */
export function getPartyActivity(id: number, to?: string): PartyActivity {
  const db = getDb();
  // Month cells of the rollups (db/rollups), for each side the party is on: SQL, as every
  // read of the rollups (list/cube-sql.ts). Up to a day, its month is summed from day cells.
  const cells = (table: CubeTable, statuses: SQL) =>
    to === undefined
      ? sql`SELECT * FROM ${sql.raw(table)} WHERE role IN (1, 2) AND party_id = ${id} AND grain = ${GRAINS.month} AND ${statuses}`
      : cubeRows(
          table,
          [sql`role IN (1, 2) AND party_id = ${id}`],
          periodRanges(undefined, to, GRAINS.month),
          [statuses],
        );
  const aidPoints = db.all<MonthValue<'given' | 'received'>>(sql`
    SELECT substr(period, 1, 7) AS month, CASE role WHEN 1 THEN 'given' ELSE 'received' END AS series, sum(usd) AS value
    FROM (${cells('aid_rollup', sql`status IN (${COMMITTED_SQL})`)})
    GROUP BY role, month HAVING sum(n) > 0`);
  const sanctionPoints = db.all<MonthValue<'imposed' | 'suffered'>>(sql`
    SELECT substr(period, 1, 7) AS month, CASE role WHEN 1 THEN 'imposed' ELSE 'suffered' END AS series, sum(n) AS value
    FROM (${cells('sanction_rollup', sql`status IN ('imposed', 'suspended', 'lifted')`)})
    GROUP BY role, month HAVING sum(n) > 0`);

  const latest = { page: 1, pageSize: PARTY_TABLE_ROWS, sort: 'date', dir: 'desc' } as const;
  return {
    aidSeries: toTimeSeries(aidPoints, ['given', 'received']),
    sanctionSeries: toTimeSeries(sanctionPoints, ['imposed', 'suffered']),
    aidGiven: listAid({ donorId: id, to }, latest),
    aidReceived: listAid({ recipientId: id, to }, latest),
    sanctionsImposed: listSanctions({ imposingId: id, to }, latest),
    sanctionsSuffered: listSanctions({ targetId: id, to }, latest),
    events: listEvents({ partyId: id, to }, latest),
  };
}
