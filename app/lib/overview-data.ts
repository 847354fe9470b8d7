import 'server-only';
import { cacheTag } from 'next/cache';
import { getAidTotals, listAidEvidence } from '@/db/queries/aid';
import { listAidFlows } from '@/db/queries/aid-flows';
import {
  listAidByDonor,
  listAidByStatus,
  listCumulativeAid,
  listEventMarkers,
} from '@/db/queries/overview-aid';
import type { OverviewFilter } from '@/db/queries/overview-filter';
import {
  listSanctionCountsByImposer,
  listSanctionCountsByMeasure,
  listSanctionCountsByTargetKind,
  listSanctionsOverTime,
} from '@/db/queries/overview-sanctions';
import { getSanctionTotals, listSanctionsByImposer } from '@/db/queries/sanctions';
import { listTimeline } from '@/db/queries/timeline';
import { CACHE_TAGS } from './cache-tags';

// What the overview shows, one cached read per section so each streams on its own and
// is cached until a write updates one of its tags. Both arguments are part of the cache
// key: `databaseId` (the open file's identity) so figures from one database file are
// never served for another, and `filter` (a plain object) so each filter combination
// is cached apart.

const { aid, sanctions, events, parties, sources } = CACHE_TAGS;
const tagDatabase = (databaseId: string) => `database:${databaseId}`;

export async function getOverviewHeadlines(databaseId: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, parties, sources, tagDatabase(databaseId));
  return {
    aid: getAidTotals(filter),
    committedEvidence: listAidEvidence('committed', filter),
    uncommittedEvidence: listAidEvidence('uncommitted', filter),
    sanctions: getSanctionTotals(filter),
  };
}

export async function getOverviewAidCharts(databaseId: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, events, parties, tagDatabase(databaseId));
  return {
    totals: getAidTotals(filter),
    byDonor: listAidByDonor(filter),
    byStatus: listAidByStatus(filter),
    cumulative: listCumulativeAid(filter),
    events: listEventMarkers(filter),
    flows: listAidFlows(filter),
  };
}

export async function getOverviewSanctionCharts(databaseId: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, tagDatabase(databaseId));
  return {
    byImposer: listSanctionCountsByImposer(filter),
    byTargetKind: listSanctionCountsByTargetKind(filter),
    byMeasure: listSanctionCountsByMeasure(filter),
    overTime: listSanctionsOverTime(filter),
  };
}

export async function getOverviewSanctionList(databaseId: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, sources, tagDatabase(databaseId));
  return listSanctionsByImposer(filter);
}

export async function getOverviewTimeline(databaseId: string, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, events, parties, tagDatabase(databaseId));
  return listTimeline(filter);
}

export type OverviewHeadlines = Awaited<ReturnType<typeof getOverviewHeadlines>>;
export type OverviewAidCharts = Awaited<ReturnType<typeof getOverviewAidCharts>>;
export type OverviewSanctionCharts = Awaited<ReturnType<typeof getOverviewSanctionCharts>>;
