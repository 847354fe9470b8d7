import { PAGE_SIZE } from '@/app/lib/params/common';
import { getAidTotals, listAidEvidence } from '@/db/queries/aid/aid';
import { listAid } from '@/db/queries/aid/aid-list';
import { listAidFlows } from '@/db/queries/aid/aid-flows';
import {
  listAidByDonor,
  listAidByStatus,
  listCumulativeAid,
  listEventMarkers,
} from '@/db/queries/aid/overview-aid';
import type { OverviewFilter } from '@/db/queries/overview/overview-filter';
import {
  listSanctionCountsByImposer,
  listSanctionCountsByMeasure,
  listSanctionCountsByTargetKind,
  listSanctionsOverTime,
} from '@/db/queries/sanctions/overview-sanctions';
import { getPartyActivity } from '@/db/queries/parties/party-activity';
import { listParties } from '@/db/queries/parties/party-list';
import { getParty, getPartyFigures } from '@/db/queries/parties/party-detail';
import { searchParties } from '@/db/queries/list/pickers';
import { listSanctions } from '@/db/queries/sanctions/sanction-list';
import { getSanctionTotals, listSanctionsByImposer } from '@/db/queries/sanctions/sanctions';
import { listSources } from '@/db/queries/sources/source-list';
import { listTimeline } from '@/db/queries/overview/timeline';

// The dashboard reads the bench times, in one list so a query added, renamed or rewritten
// (rollup tables, say) is one line here. Each entry calls the app's own function: the
// bench measures whatever SQL that function runs today.

export interface QueryContext {
  filter: OverviewFilter;
  /** The big donor of the data set: the party filter and the party page. */
  party: { id: number; slug: string; topRecipientId: number };
}

export interface MeasuredQuery {
  name: string;
  /** False when the read takes no overview filter: timed once, not per filter. */
  filtered: boolean;
  run: (ctx: QueryContext) => unknown;
}

const perFilter = (name: string, run: (filter: OverviewFilter) => unknown): MeasuredQuery => ({
  name,
  filtered: true,
  run: ({ filter }) => run(filter),
});

export const MEASURED_QUERIES: MeasuredQuery[] = [
  // `/`: headlines
  perFilter('getAidTotals', getAidTotals),
  perFilter('listAidEvidence committed', (f) => listAidEvidence('committed', f)),
  perFilter('listAidEvidence uncommitted', (f) => listAidEvidence('uncommitted', f)),
  perFilter('getSanctionTotals', getSanctionTotals),
  // `/`: aid charts
  perFilter('listAidByDonor', listAidByDonor),
  perFilter('listAidByStatus', listAidByStatus),
  perFilter('listCumulativeAid', listCumulativeAid),
  perFilter('listEventMarkers', listEventMarkers),
  perFilter('listAidFlows', listAidFlows),
  // `/`: sanction charts, list and timeline
  perFilter('listSanctionCountsByImposer', listSanctionCountsByImposer),
  perFilter('listSanctionCountsByTargetKind', listSanctionCountsByTargetKind),
  perFilter('listSanctionCountsByMeasure', listSanctionCountsByMeasure),
  perFilter('listSanctionsOverTime', listSanctionsOverTime),
  perFilter('listSanctionsByImposer', listSanctionsByImposer),
  perFilter('listTimeline', listTimeline),
  // `/aid?page=50`, narrowed like the overview when a filter is set
  perFilter('listAid page 50', (f) =>
    listAid({ partyId: f.partyId, from: f.from, to: f.to }, { page: 50, pageSize: PAGE_SIZE }),
  ),
  // `/aid` from the big donor to its main recipient, newest first and by amount
  {
    name: 'listAid donor → recipient',
    filtered: false,
    run: ({ party }) =>
      listAid({ donorId: party.id, recipientId: party.topRecipientId }, { page: 1, pageSize: PAGE_SIZE }),
  },
  {
    name: 'listAid donor → recipient by amount',
    filtered: false,
    run: ({ party }) =>
      listAid(
        { donorId: party.id, recipientId: party.topRecipientId },
        { page: 1, pageSize: PAGE_SIZE, sort: 'amount', dir: 'desc' },
      ),
  },
  // `/aid` and `/sanctions` sorted by title, and searched (`q`, the word index): a word in
  // most rows (the big donor's name), one in a few percent, and a two-word measure
  {
    name: 'listAid by title',
    filtered: false,
    run: () => listAid({}, { page: 1, pageSize: PAGE_SIZE, sort: 'title', dir: 'asc' }),
  },
  {
    name: 'listSanctions by title',
    filtered: false,
    run: () => listSanctions({}, { page: 1, pageSize: PAGE_SIZE, sort: 'title', dir: 'asc' }),
  },
  {
    name: 'listAid search: big donor',
    filtered: false,
    run: ({ party }) => listAid({ q: party.slug.replaceAll('-', ' ') }, { page: 1, pageSize: PAGE_SIZE }),
  },
  {
    name: 'listAid search: "ammunition"',
    filtered: false,
    run: () => listAid({ q: 'ammunition' }, { page: 1, pageSize: PAGE_SIZE }),
  },
  {
    name: 'listSanctions search: "asset freeze"',
    filtered: false,
    run: () => listSanctions({ q: 'asset freeze' }, { page: 1, pageSize: PAGE_SIZE }),
  },
  // `/parties` and `/sources`: all-time figures per row, the default order and sorted by a figure
  { name: 'listParties', filtered: false, run: () => listParties({}, { page: 1, pageSize: PAGE_SIZE }) },
  {
    name: 'listParties by aid given',
    filtered: false,
    run: () => listParties({}, { page: 1, pageSize: PAGE_SIZE, sort: 'given', dir: 'desc' }),
  },
  { name: 'listSources', filtered: false, run: () => listSources({}, { page: 1, pageSize: PAGE_SIZE }) },
  {
    name: 'listSources by citations',
    filtered: false,
    run: () => listSources({}, { page: 1, pageSize: PAGE_SIZE, sort: 'citations', dir: 'desc' }),
  },
  // party filter suggestions on `/` and the lists (/api/parties), per keystroke
  { name: 'searchParties', filtered: false, run: () => searchParties('united') },
  // `/parties/<big donor>`: the whole page's reads, then its two halves
  { name: 'getParty (party page)', filtered: false, run: ({ party }) => getParty(party.slug) },
  { name: 'getPartyFigures', filtered: false, run: ({ party }) => getPartyFigures(party.id) },
  { name: 'getPartyActivity', filtered: false, run: ({ party }) => getPartyActivity(party.id) },
];

export const DATE_RANGE = { from: '2022-01-01', to: '2022-12-31' };
/** A year from the invasion: edge days and months on both sides. */
const ODD_RANGE = { from: '2022-02-24', to: '2023-02-23' };

/** The filters each filtered read is timed under. */
export function benchFilters(partyId: number): { label: string; filter: OverviewFilter }[] {
  return [
    { label: 'none', filter: {} },
    { label: 'party', filter: { partyId } },
    { label: 'party + 2022', filter: { partyId, ...DATE_RANGE } },
    // Dates alone: every party's figures over a period, one whole year and one with odd edges.
    { label: '2022', filter: { ...DATE_RANGE } },
    { label: '2022-02-24 → 2023-02-23', filter: ODD_RANGE },
    // A month with little in it: reads that walk an index until they find enough rows
    // pass most of the table first.
    { label: 'March 2014', filter: { from: '2014-03-01', to: '2014-03-31' } },
  ];
}
