import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import type { ChangeKind } from '../../../domain/changes';

// Which changes concern a party: two ways to find them, chosen by how many entries the
// party is a side of (change-feed.ts `changesSql`).

// The entries a party is a side of, each arm read off its own index: the live ones off
// the partial side indexes, the retired few off the retired-rows index (the side indexes
// leave them out), an event's parties off event_parties. Disjoint arms, so UNION ALL.
export function partyEntries(partyId: number, kind: ChangeKind | undefined): SQL {
  const arms: SQL[] = [];
  const wants = (k: ChangeKind) => kind === undefined || kind === k;
  const sides = (entity: string, table: string, retired: string, a: string, b: string) => [
    sql`SELECT ${entity}, id FROM ${sql.raw(table)} WHERE ${sql.raw(a)} = ${partyId} AND retired_at IS NULL`,
    sql`SELECT ${entity}, id FROM ${sql.raw(table)} WHERE ${sql.raw(b)} = ${partyId} AND retired_at IS NULL`,
    sql`SELECT ${entity}, id FROM ${sql.raw(table)} INDEXED BY ${sql.raw(retired)}
        WHERE retired_at IS NOT NULL AND (${sql.raw(a)} = ${partyId} OR ${sql.raw(b)} = ${partyId})`,
  ];
  if (wants('aid'))
    arms.push(...sides('aid_package', 'aid_packages', 'aid_retired_updated_idx', 'donor_id', 'recipient_id'));
  if (wants('sanctions'))
    arms.push(...sides('sanction', 'sanctions', 'sanctions_retired_updated_idx', 'imposing_id', 'target_id'));
  if (wants('events'))
    arms.push(sql`SELECT 'event', event_id FROM event_parties WHERE party_id = ${partyId}`);
  if (wants('parties')) arms.push(sql`SELECT 'party', ${partyId}`);
  if (arms.length === 0) arms.push(sql`SELECT NULL, NULL WHERE 0`);
  return sql.join(arms, sql` UNION ALL `);
}

// The entries a party is a side of, as a test on one audit entry: for the walk along the
// log by time, when the party has so many entries that gathering and sorting all their
// changes would cost more than passing over the others' changes.
export function partyTest(partyId: number, kind: ChangeKind | undefined): SQL {
  const wants = (k: ChangeKind) => kind === undefined || kind === k;
  const tests: SQL[] = [];
  if (wants('aid'))
    tests.push(sql`(a.entity_type = 'aid_package' AND EXISTS (SELECT 1 FROM aid_packages x
      WHERE x.id = a.entity_id AND (x.donor_id = ${partyId} OR x.recipient_id = ${partyId})))`);
  if (wants('sanctions'))
    tests.push(sql`(a.entity_type = 'sanction' AND EXISTS (SELECT 1 FROM sanctions x
      WHERE x.id = a.entity_id AND (x.imposing_id = ${partyId} OR x.target_id = ${partyId})))`);
  if (wants('events'))
    tests.push(sql`(a.entity_type = 'event' AND EXISTS (SELECT 1 FROM event_parties x
      WHERE x.event_id = a.entity_id AND x.party_id = ${partyId}))`);
  if (wants('parties')) tests.push(sql`(a.entity_type = 'party' AND a.entity_id = ${partyId})`);
  return tests.length ? sql`(${sql.join(tests, sql` OR `)})` : sql`0`;
}

/** Above this many live entries, a party's changes are found by walking the log (see partyTest). */
export const WALK_ABOVE = 2_000;

/** How many live entries a party is a side of, counted off the side indexes. */
export function partyEntryCount(partyId: number, kind: ChangeKind | undefined): number {
  const wants = (k: ChangeKind) => kind === undefined || kind === k;
  const counts: SQL[] = [sql`0`];
  if (wants('aid'))
    counts.push(
      sql`(SELECT count(*) FROM aid_packages WHERE donor_id = ${partyId} AND retired_at IS NULL)`,
      sql`(SELECT count(*) FROM aid_packages WHERE recipient_id = ${partyId} AND retired_at IS NULL)`,
    );
  if (wants('sanctions'))
    counts.push(
      sql`(SELECT count(*) FROM sanctions WHERE imposing_id = ${partyId} AND retired_at IS NULL)`,
      sql`(SELECT count(*) FROM sanctions WHERE target_id = ${partyId} AND retired_at IS NULL)`,
    );
  if (wants('events')) counts.push(sql`(SELECT count(*) FROM event_parties WHERE party_id = ${partyId})`);
  return getDb().get<{ n: number }>(sql`SELECT ${sql.join(counts, sql` + `)} AS n`)?.n ?? 0;
}
