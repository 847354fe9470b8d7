import 'server-only';
import { cacheTag } from 'next/cache';
import { cache } from 'react';
import { getDataVersion } from '@/db/index';
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
import { datedAsOf } from '@/db/queries/asof/as-of';
import { CACHE_TAGS } from './cache-tags';

// What the overview shows, one cached read per section so each streams on its own. Its
// arguments are its key: the open file's identity and how many writes it has committed,
// whichever process made them (so figures from another file, or from before any write, are
// never served), and the filter (a plain object, so each combination is cached apart).
// Tags drop this process's entries at once when it writes. Callers pass the filter only;
// its `asof` is part of the key, and a section as of a day is read in one rewind of it.

const { aid, sanctions, events, parties, sources } = CACHE_TAGS;
const tagDatabase = (databaseId: string) => `database:${databaseId}`;

async function cachedOverviewHeadlines(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, parties, sources, tagDatabase(databaseId));
  return datedAsOf(filter, (f) => ({
    aid: getAidTotals(f),
    committedEvidence: listAidEvidence('committed', f),
    uncommittedEvidence: listAidEvidence('uncommitted', f),
    sanctions: getSanctionTotals(f),
  }));
}

async function cachedOverviewAidCharts(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, events, parties, tagDatabase(databaseId));
  return datedAsOf(filter, (f) => ({
    totals: getAidTotals(f),
    byDonor: listAidByDonor(f),
    byStatus: listAidByStatus(f),
    cumulative: listCumulativeAid(f),
    events: listEventMarkers(f),
    flows: listAidFlows(f),
  }));
}

async function cachedOverviewSanctionCharts(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, tagDatabase(databaseId));
  return datedAsOf(filter, (f) => ({
    byImposer: listSanctionCountsByImposer(f),
    byTargetKind: listSanctionCountsByTargetKind(f),
    byMeasure: listSanctionCountsByMeasure(f),
    overTime: listSanctionsOverTime(f),
  }));
}

async function cachedOverviewSanctionList(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, sources, tagDatabase(databaseId));
  return listSanctionsByImposer(filter);
}

async function cachedOverviewTimeline(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, events, parties, tagDatabase(databaseId));
  return listTimeline(filter);
}

/** The data's version, read once per request however many sections ask. */
const dataVersion = cache(getDataVersion);

/** A cached read keyed on the data's current version, called with the filter alone. */
const atCurrentVersion =
  <T>(read: (databaseId: string, revision: number, filter: OverviewFilter) => Promise<T>) =>
  (filter: OverviewFilter) => {
    const { databaseId, revision } = dataVersion();
    return read(databaseId, revision, filter);
  };

export const getOverviewHeadlines = atCurrentVersion(cachedOverviewHeadlines);
export const getOverviewAidCharts = atCurrentVersion(cachedOverviewAidCharts);
export const getOverviewSanctionCharts = atCurrentVersion(cachedOverviewSanctionCharts);
export const getOverviewSanctionList = atCurrentVersion(cachedOverviewSanctionList);
export const getOverviewTimeline = atCurrentVersion(cachedOverviewTimeline);

export type OverviewHeadlines = Awaited<ReturnType<typeof getOverviewHeadlines>>;
export type OverviewAidCharts = Awaited<ReturnType<typeof getOverviewAidCharts>>;
export type OverviewSanctionCharts = Awaited<ReturnType<typeof getOverviewSanctionCharts>>;
export type OverviewTimeline = Awaited<ReturnType<typeof getOverviewTimeline>>;
