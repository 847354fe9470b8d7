import 'server-only';
import { cacheTag } from 'next/cache';
import { cache } from 'react';
import { getDataVersion } from '@/db/index';
import type { OverviewFilter } from '@/db/queries/overview/overview-filter';
import {
  readOverviewAidCharts,
  readOverviewAsOf,
  readOverviewHeadlines,
  readOverviewSanctionCharts,
  readOverviewSanctionList,
  readOverviewTimeline,
} from '@/db/queries/overview/sections';
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
  return readOverviewHeadlines(filter);
}

async function cachedOverviewAidCharts(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, events, parties, tagDatabase(databaseId));
  return readOverviewAidCharts(filter);
}

async function cachedOverviewSanctionCharts(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, tagDatabase(databaseId));
  return readOverviewSanctionCharts(filter);
}

async function cachedOverviewSanctionList(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(sanctions, parties, sources, tagDatabase(databaseId));
  return readOverviewSanctionList(filter);
}

async function cachedOverviewTimeline(databaseId: string, _revision: number, filter: OverviewFilter) {
  'use cache';
  cacheTag(aid, sanctions, events, parties, tagDatabase(databaseId));
  return readOverviewTimeline(filter);
}

// As of a day, the sections are read together: one rewind of the data for the page instead
// of one per section (decision 011).
async function cachedOverviewAsOf(
  databaseId: string,
  _revision: number,
  filter: OverviewFilter & { asof: string },
) {
  'use cache';
  cacheTag(aid, sanctions, events, parties, sources, tagDatabase(databaseId));
  return readOverviewAsOf(filter);
}

/** The data's version, read once per request however many sections ask. */
const dataVersion = cache(getDataVersion);

/** The whole overview as of a day, read once per request however many sections ask (same filter object). */
const overviewAsOf = cache((filter: OverviewFilter & { asof: string }) => {
  const { databaseId, revision } = dataVersion();
  return cachedOverviewAsOf(databaseId, revision, filter);
});

type Sections = Awaited<ReturnType<typeof readOverviewAsOf>>;

/** A cached read keyed on the data's current version, called with the filter alone. */
const atCurrentVersion =
  <K extends keyof Sections>(
    section: K,
    read: (databaseId: string, revision: number, filter: OverviewFilter) => Promise<Sections[K]>,
  ) =>
  async (filter: OverviewFilter): Promise<Sections[K]> => {
    // The filter object itself, the same for every section (resolveOverviewParams), is the key.
    if (filter.asof !== undefined)
      return (await overviewAsOf(filter as OverviewFilter & { asof: string }))[section];
    const { databaseId, revision } = dataVersion();
    return read(databaseId, revision, filter);
  };

export const getOverviewHeadlines = atCurrentVersion('headlines', cachedOverviewHeadlines);
export const getOverviewAidCharts = atCurrentVersion('aidCharts', cachedOverviewAidCharts);
export const getOverviewSanctionCharts = atCurrentVersion('sanctionCharts', cachedOverviewSanctionCharts);
export const getOverviewSanctionList = atCurrentVersion('sanctionList', cachedOverviewSanctionList);
export const getOverviewTimeline = atCurrentVersion('timeline', cachedOverviewTimeline);

export type OverviewHeadlines = Awaited<ReturnType<typeof getOverviewHeadlines>>;
export type OverviewAidCharts = Awaited<ReturnType<typeof getOverviewAidCharts>>;
export type OverviewSanctionCharts = Awaited<ReturnType<typeof getOverviewSanctionCharts>>;
export type OverviewTimeline = Awaited<ReturnType<typeof getOverviewTimeline>>;
