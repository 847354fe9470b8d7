import 'server-only';
import { getDataVersion } from '@/db/index';
import { cacheTag } from 'next/cache';
import { getAidTotals, listAidEvidence } from '@/db/queries/aid/aid';
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
import { getSanctionTotals, listSanctionsByImposer } from '@/db/queries/sanctions/sanctions';
import { listTimeline } from '@/db/queries/overview/timeline';
import { CACHE_TAGS } from './cache-tags';

// What the overview shows, one cached read per section so each streams on its own. Both
// arguments of a cached read are its key: `dataVersion` (the open file's identity and how
// many writes it has committed, whichever process made them) so figures from another file,
// or from before any write, are never served; and `filter` (a plain object) so each filter
// combination is cached apart. Tags drop this process's entries at once when it writes.
// Callers pass the filter only: the version is read here (one indexed read).

const { aid, sanctions, events, parties, sources } = CACHE_TAGS;
const tagDatabase = (dataVersion: string) => `database:${dataVersion.split(':')[0]}`;

async function cachedOverviewHeadlines(dataVersion: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, parties, sources, tagDatabase(dataVersion));
  return {
    aid: getAidTotals(filter),
    committedEvidence: listAidEvidence('committed', filter),
    uncommittedEvidence: listAidEvidence('uncommitted', filter),
    sanctions: getSanctionTotals(filter),
  };
}

async function cachedOverviewAidCharts(dataVersion: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, events, parties, tagDatabase(dataVersion));
  return {
    totals: getAidTotals(filter),
    byDonor: listAidByDonor(filter),
    byStatus: listAidByStatus(filter),
    cumulative: listCumulativeAid(filter),
    events: listEventMarkers(filter),
    flows: listAidFlows(filter),
  };
}

async function cachedOverviewSanctionCharts(dataVersion: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, tagDatabase(dataVersion));
  return {
    byImposer: listSanctionCountsByImposer(filter),
    byTargetKind: listSanctionCountsByTargetKind(filter),
    byMeasure: listSanctionCountsByMeasure(filter),
    overTime: listSanctionsOverTime(filter),
  };
}

async function cachedOverviewSanctionList(dataVersion: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, sources, tagDatabase(dataVersion));
  return listSanctionsByImposer(filter);
}

async function cachedOverviewTimeline(dataVersion: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, events, parties, tagDatabase(dataVersion));
  return listTimeline(filter);
}

export const getOverviewHeadlines = (filter: OverviewFilter) =>
  cachedOverviewHeadlines(getDataVersion(), filter);
export const getOverviewAidCharts = (filter: OverviewFilter) =>
  cachedOverviewAidCharts(getDataVersion(), filter);
export const getOverviewSanctionCharts = (filter: OverviewFilter) =>
  cachedOverviewSanctionCharts(getDataVersion(), filter);
export const getOverviewSanctionList = (filter: OverviewFilter) =>
  cachedOverviewSanctionList(getDataVersion(), filter);
export const getOverviewTimeline = (filter: OverviewFilter) =>
  cachedOverviewTimeline(getDataVersion(), filter);

export type OverviewHeadlines = Awaited<ReturnType<typeof getOverviewHeadlines>>;
export type OverviewAidCharts = Awaited<ReturnType<typeof getOverviewAidCharts>>;
export type OverviewSanctionCharts = Awaited<ReturnType<typeof getOverviewSanctionCharts>>;
export type OverviewTimeline = Awaited<ReturnType<typeof getOverviewTimeline>>;
