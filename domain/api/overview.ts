import { z } from 'zod';
import { AID_CATEGORIES, AID_STATUSES, PARTY_KINDS, SANCTION_MEASURES } from '../vocabulary';

// What GET /api/v1/overview answers: the overview's headline figures and each chart's
// table, with snake_case names that stay put. A table's columns, in CSV order, are its
// row schema's keys; amounts are whole US dollars.

const count = z.number().int().min(0);
const usd = z.number().int().min(0).describe('Whole US dollars.');
const slug = (what: string) =>
  z
    .string()
    .nullable()
    .describe(`The ${what}'s slug (/parties/<slug>); null for the group of all the others.`);
const name = (what: string) => z.string().describe(`The ${what}'s name, or "N other …" for a group.`);

const BY_STATUS = {
  threatened: count,
  proposed: count,
  imposed: count,
  suspended: count,
  lifted: count,
  total: count,
};

/** Each table: its id (as in `?table=`), its title on the overview and its row. */
export const OVERVIEW_TABLES = {
  aid_by_category: {
    title: 'Committed aid by category',
    row: z.object({ category: z.enum(AID_CATEGORIES), committed_usd: usd, packages: count }),
  },
  aid_by_donor: {
    title: 'Committed aid by donor',
    row: z.object({
      donor: slug('donor'),
      donor_name: name('donor'),
      humanitarian_usd: usd,
      military_usd: usd,
      economic_usd: usd,
      committed_usd: usd,
      packages: count,
    }),
  },
  aid_by_status: {
    title: 'Aid by status: what was promised and what arrived',
    row: z.object({
      status: z.enum(AID_STATUSES),
      packages: count,
      known_usd: usd.describe('Sum of the amounts that are known.'),
      undisclosed: count.describe('Packages whose amount was not disclosed.'),
    }),
  },
  aid_flows: {
    title: 'Committed aid from donors to recipients',
    row: z.object({
      donor: slug('donor'),
      donor_name: name('donor'),
      recipient: slug('recipient'),
      recipient_name: name('recipient'),
      committed_usd: usd,
      packages: count.describe('Packages with a known amount.'),
    }),
  },
  aid_over_time: {
    title: 'Committed aid over time',
    row: z.object({
      period: z.string().describe('The day (2022-03-04) or month (2022-03), ISO 8601.'),
      bin: z.enum(['day', 'month']),
      committed_usd: usd,
      cumulative_usd: usd.describe('Committed so far, to the end of the period.'),
    }),
  },
  aid_over_time_events: {
    title: 'Events marked on the aid-over-time chart',
    row: z.object({
      date: z.string().describe('ISO 8601 date.'),
      event_id: z.number().int(),
      title: z.string(),
      permalink: z.string(),
    }),
  },
  sanctions_by_imposer: {
    title: 'Sanctions by imposing party',
    row: z.object({ imposer: slug('imposing party'), imposer_name: name('imposing party'), ...BY_STATUS }),
  },
  sanctions_by_target_kind: {
    title: 'Sanctions by kind of target',
    row: z.object({ target_kind: z.enum(PARTY_KINDS), ...BY_STATUS }),
  },
  sanctions_by_measure: {
    title: 'Sanctions by measure',
    row: z.object({ measure: z.enum(SANCTION_MEASURES), ...BY_STATUS }),
  },
  sanctions_over_time: {
    title: 'Sanctions announced over time',
    row: z.object({
      period: z.string().describe('The month (2022-03) or year (2022), ISO 8601.'),
      bin: z.enum(['month', 'year']),
      ...BY_STATUS,
    }),
  },
  timeline: {
    title: 'Timeline: the newest aid, sanctions, threats and events',
    row: z.object({
      date: z.string().describe('ISO 8601 date.'),
      type: z.enum(['event', 'aid', 'threat', 'sanction']),
      id: z.number().int(),
      title: z.string(),
      status: z.string().nullable().describe('Aid or sanction status; null for events.'),
      kind: z.string().nullable().describe('Aid category or sanction measure; null for events.'),
      amount_usd: usd.nullable(),
      parties: z
        .array(z.string())
        .describe(
          'Slugs: donor and recipient, imposer and target, or those in the event. Joined by ";" in CSV.',
        ),
      party_names: z.array(z.string()).describe('Their names, in the same order.'),
      permalink: z.string(),
    }),
  },
} as const;

export type OverviewTableId = keyof typeof OVERVIEW_TABLES;
export const OVERVIEW_TABLE_IDS = Object.keys(OVERVIEW_TABLES) as [OverviewTableId, ...OverviewTableId[]];
export type OverviewRow<T extends OverviewTableId> = z.output<(typeof OVERVIEW_TABLES)[T]['row']>;
export type OverviewTables = { [T in OverviewTableId]: OverviewRow<T>[] };

/** The CSV header of a table: its row's fields, in order. */
export const tableColumns = (id: OverviewTableId): string[] => Object.keys(OVERVIEW_TABLES[id].row.shape);

const filterValue = z.string().nullable();

const AppliedQuery = z
  .object({
    party: filterValue,
    category: filterValue,
    measure: filterValue,
    from: filterValue,
    to: filterValue,
    asof: filterValue,
  })
  .describe('The filters this answer applies (null: not narrowed).');

export const OverviewHeadlinesSchema = z.object({
  aid: z.object({
    committed_usd: usd.describe('Approved, authorized and delivered aid.'),
    committed_packages: count,
    uncommitted_packages: count.describe('Requested or pledged: never in committed_usd.'),
    uncommitted_known_usd: usd,
    uncommitted_undisclosed: count.describe('Requested or pledged packages without an amount.'),
  }),
  sanctions: z.object({
    in_force: count.describe('Sanctions with status imposed.'),
    imposers: count.describe('Parties imposing sanctions in force.'),
    targets: count.describe('Parties under sanctions in force.'),
    threatened: count,
  }),
});

export const OverviewSchema = z.object({
  query: AppliedQuery,
  headlines: OverviewHeadlinesSchema,
  tables: z.object(
    Object.fromEntries(
      Object.entries(OVERVIEW_TABLES).map(([id, t]) => [id, z.array(t.row).describe(t.title)]),
    ) as { [T in OverviewTableId]: z.ZodArray<(typeof OVERVIEW_TABLES)[T]['row']> },
  ),
  timeline_total: count.describe(
    'Entries the timeline holds under the filters; `timeline` has the newest 25.',
  ),
});

export const OverviewTableSchema = z.object({
  query: AppliedQuery,
  table: z.enum(OVERVIEW_TABLE_IDS),
  title: z.string(),
  rows: z.array(z.union(Object.values(OVERVIEW_TABLES).map((t) => t.row))),
});

export type OverviewBody = z.output<typeof OverviewSchema>;
export type OverviewTableBody = z.output<typeof OverviewTableSchema>;
