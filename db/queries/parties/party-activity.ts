import 'server-only';
import { sql } from 'drizzle-orm';
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

export function getPartyActivity(id: number): PartyActivity {
  const db = getDb();
  // Month cells of the rollups (db/rollups), for each side the party is on: SQL, as every
  // read of the rollups (list/cube-sql.ts).
  const aidPoints = db.all<MonthValue<'given' | 'received'>>(sql`
    SELECT period AS month, CASE role WHEN 1 THEN 'given' ELSE 'received' END AS series, sum(usd) AS value
    FROM aid_rollup
    WHERE role IN (1, 2) AND party_id = ${id} AND grain = 2 AND status IN (${COMMITTED_SQL})
    GROUP BY role, period HAVING sum(n) > 0`);
  const sanctionPoints = db.all<MonthValue<'imposed' | 'suffered'>>(sql`
    SELECT period AS month, CASE role WHEN 1 THEN 'imposed' ELSE 'suffered' END AS series, sum(n) AS value
    FROM sanction_rollup
    WHERE role IN (1, 2) AND party_id = ${id} AND grain = 2 AND status IN ('imposed', 'suspended', 'lifted')
    GROUP BY role, period HAVING sum(n) > 0`);

  const latest = { page: 1, pageSize: PARTY_TABLE_ROWS, sort: 'date', dir: 'desc' } as const;
  return {
    aidSeries: toTimeSeries(aidPoints, ['given', 'received']),
    sanctionSeries: toTimeSeries(sanctionPoints, ['imposed', 'suffered']),
    aidGiven: listAid({ donorId: id }, latest),
    aidReceived: listAid({ recipientId: id }, latest),
    sanctionsImposed: listSanctions({ imposingId: id }, latest),
    sanctionsSuffered: listSanctions({ targetId: id }, latest),
    events: listEvents({ partyId: id }, latest),
  };
}
