import { COMMITTED_AID_STATUSES } from '../../domain/vocabulary';

// Rollup tables ("cubes") behind the dashboard: every figure at a million rows is a sum
// over a few thousand cube rows instead of a scan of the base table. Each cube holds
// its counts at four time grains at once (all time, year, month, day), so any date range
// is a handful of index ranges: whole years, then whole months, then the edge days
// (see periods.ts). Triggers keep them current inside the writing transaction, so a
// figure is never stale and no code path can forget them.

export const GRAINS = { all: 0, year: 1, month: 2, day: 3 } as const;
export type Grain = (typeof GRAINS)[keyof typeof GRAINS];

/** Cubes with a `role` key hold each row once for everyone (role 0, party 0) and once per side. */
export const ROLES = { all: 0, from: 1, to: 2 } as const;

export interface Cube {
  table: string;
  source: 'aid_packages' | 'sanctions';
  /** Which side's party the row is also counted under; none for pair cubes. */
  roles?: { from: string; to: string };
  /** Columns copied from the source row, in primary key order after the time keys. */
  keys: string[];
  /** Summed columns and the expression each source row contributes. */
  measures: Record<string, (row: string) => string>;
  /** Which live rows count. */
  where: (row: string) => string;
  /** Secondary indexes (column lists) to reach one party's rows. */
  indexes: string[][];
  /** The migration that creates the cube (drizzle/<tag>.sql holds migrationSql(tag)). */
  migration: '0004_rollups' | '0006_sanction_party_rollup' | '0008_aid_party_rollups';
  /** Filled by summing this finer cube over the keys it drops, not from the source rows. */
  derivedFrom?: string;
  /** With derivedFrom: which of the finer cube's cells count (`where` less liveness, on cube columns). */
  derivedWhere?: string;
  /**
   * Role cubes read date first, across parties (no party filter): period before party_id
   * in the primary key, so that read is one range per period range and no second copy
   * of the table (a covering index) is needed.
   */
  dateFirst?: boolean;
}

const live = (row: string) => `${row}.retired_at IS NULL`;
const aidMeasures = {
  n: () => '1',
  usd: (row: string) => `coalesce(${row}.amount_usd, 0)`,
  usd_n: (row: string) => `(${row}.amount_usd IS NOT NULL)`,
};
const committed = COMMITTED_AID_STATUSES.map((s) => `'${s}'`).join(', ');
const isCommitted = (row: string) => `${live(row)} AND ${row}.status IN (${committed})`;

export const CUBES: Cube[] = [
  {
    table: 'aid_rollup',
    source: 'aid_packages',
    roles: { from: 'donor_id', to: 'recipient_id' },
    keys: ['category', 'status'],
    measures: aidMeasures,
    where: live,
    indexes: [],
    migration: '0004_rollups',
  },
  {
    // Donor → recipient pairs of committed aid: the by-donor chart and the flows.
    table: 'aid_flow_rollup',
    source: 'aid_packages',
    keys: ['donor_id', 'recipient_id', 'category'],
    measures: aidMeasures,
    where: isCommitted,
    indexes: [
      ['donor_id', 'grain', 'period'],
      ['recipient_id', 'grain', 'period'],
    ],
    migration: '0004_rollups',
  },
  {
    table: 'sanction_rollup',
    source: 'sanctions',
    roles: { from: 'imposing_id', to: 'target_id' },
    keys: ['measure', 'status'],
    measures: { n: () => '1' },
    where: live,
    indexes: [],
    migration: '0004_rollups',
  },
  {
    // Imposer → target pairs: distinct targets, and charts under a party or date filter.
    table: 'sanction_pair_rollup',
    source: 'sanctions',
    keys: ['imposing_id', 'target_id', 'measure', 'status'],
    measures: { n: () => '1' },
    where: live,
    indexes: [
      ['imposing_id', 'grain', 'period'],
      ['target_id', 'grain', 'period'],
    ],
    migration: '0004_rollups',
  },
  {
    // Sanctions per party on each side without the measure: a quarter to an eighth of
    // sanction_rollup's cells, for the per-party charts and counts over a date range when
    // no measure is chosen. Read date first, across parties, through its index.
    table: 'sanction_party_rollup',
    source: 'sanctions',
    roles: { from: 'imposing_id', to: 'target_id' },
    keys: ['status'],
    measures: { n: () => '1' },
    where: live,
    indexes: [['role', 'grain', 'period', 'party_id', 'status', 'n']],
    migration: '0006_sanction_party_rollup',
    derivedFrom: 'sanction_rollup',
  },
  {
    // Committed aid per party on each side, by category, without the status: the by-donor
    // chart over a date range with no party filter reads a third of aid_rollup's cells.
    table: 'aid_party_rollup',
    source: 'aid_packages',
    roles: { from: 'donor_id', to: 'recipient_id' },
    keys: ['category'],
    measures: aidMeasures,
    where: isCommitted,
    indexes: [],
    migration: '0008_aid_party_rollups',
    derivedFrom: 'aid_rollup',
    derivedWhere: `status IN (${committed})`,
    dateFirst: true,
  },
  {
    // The same without the category: each side's totals for the flow chart, a sixth of
    // aid_rollup's cells.
    table: 'aid_party_total_rollup',
    source: 'aid_packages',
    roles: { from: 'donor_id', to: 'recipient_id' },
    keys: [],
    measures: aidMeasures,
    where: isCommitted,
    indexes: [],
    migration: '0008_aid_party_rollups',
    derivedFrom: 'aid_party_rollup',
    dateFirst: true,
  },
];
