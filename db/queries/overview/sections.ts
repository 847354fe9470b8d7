import 'server-only';
import { getAidTotals, listAidEvidence } from '../aid/aid';
import { listAidFlows } from '../aid/aid-flows';
import { listAidByDonor, listAidByStatus, listCumulativeAid, listEventMarkers } from '../aid/overview-aid';
import { datedAsOf } from '../asof/as-of';
import {
  listSanctionCountsByImposer,
  listSanctionCountsByMeasure,
  listSanctionCountsByTargetKind,
  listSanctionsOverTime,
} from '../sanctions/overview-sanctions';
import { getSanctionTotals, listSanctionsByImposer } from '../sanctions/sanctions';
import type { OverviewFilter } from './overview-filter';
import { listTimeline } from './timeline';

// The overview's sections, each the reads one part of the page shows, for the page's cache
// (app/lib/overview-data.ts), the API and the bench alike. With `filter.asof`, a section is
// read in one rewind to that day (db/queries/asof), not one per read; readOverviewAsOf reads
// all five in one, as the page does (a rewind costs more than the reads: decision 011).

export const readOverviewHeadlines = (filter: OverviewFilter) =>
  datedAsOf(filter, (f) => ({
    aid: getAidTotals(f),
    committedEvidence: listAidEvidence('committed', f),
    uncommittedEvidence: listAidEvidence('uncommitted', f),
    sanctions: getSanctionTotals(f),
  }));

export const readOverviewAidCharts = (filter: OverviewFilter) =>
  datedAsOf(filter, (f) => ({
    totals: getAidTotals(f),
    byDonor: listAidByDonor(f),
    byStatus: listAidByStatus(f),
    cumulative: listCumulativeAid(f),
    events: listEventMarkers(f),
    flows: listAidFlows(f),
  }));

export const readOverviewSanctionCharts = (filter: OverviewFilter) =>
  datedAsOf(filter, (f) => ({
    byImposer: listSanctionCountsByImposer(f),
    byTargetKind: listSanctionCountsByTargetKind(f),
    byMeasure: listSanctionCountsByMeasure(f),
    overTime: listSanctionsOverTime(f),
  }));

export const readOverviewSanctionList = (filter: OverviewFilter) => listSanctionsByImposer(filter);

export const readOverviewTimeline = (filter: OverviewFilter) => listTimeline(filter);

/** The whole overview as of `filter.asof` (set), in one rewind. */
export function readOverviewAsOf(filter: OverviewFilter & { asof: string }) {
  return datedAsOf(filter, (f) => ({
    headlines: readOverviewHeadlines(f),
    aidCharts: readOverviewAidCharts(f),
    sanctionCharts: readOverviewSanctionCharts(f),
    sanctionList: readOverviewSanctionList(f),
    timeline: readOverviewTimeline(f),
  }));
}
