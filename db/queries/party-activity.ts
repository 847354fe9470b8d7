import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import { listAid, type AidRow } from './aid-list';
import { listEvents, type EventRow } from './event-list';
import type { PageResult } from './filters';
import { COMMITTED_SQL } from './party-list';
import { listSanctions, type SanctionRow } from './sanction-list';
import { toTimeSeries, type MonthValue, type TimeSeries } from './time-buckets';

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
  // UNION ALL rather than OR: each side walks its own partial index on live rows.
  const aidBy = (series: 'given' | 'received', column: 'donor_id' | 'recipient_id') => sql`
    SELECT substr(announced_on, 1, 7) AS month, ${series} AS series, coalesce(sum(amount_usd), 0) AS value
    FROM aid_packages
    WHERE retired_at IS NULL AND ${sql.raw(column)} = ${id} AND status IN (${COMMITTED_SQL})
    GROUP BY month`;
  const aidPoints = db.all<MonthValue<'given' | 'received'>>(sql`${aidBy('given', 'donor_id')} UNION ALL ${aidBy('received', 'recipient_id')}`);
  const sanctionsBy = (series: 'imposed' | 'suffered', column: 'imposing_id' | 'target_id') => sql`
    SELECT substr(announced_on, 1, 7) AS month, ${series} AS series, count(*) AS value
    FROM sanctions
    WHERE retired_at IS NULL AND ${sql.raw(column)} = ${id} AND status IN ('imposed', 'suspended', 'lifted')
    GROUP BY month`;
  const sanctionPoints = db.all<MonthValue<'imposed' | 'suffered'>>(
    sql`${sanctionsBy('imposed', 'imposing_id')} UNION ALL ${sanctionsBy('suffered', 'target_id')}`,
  );

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
