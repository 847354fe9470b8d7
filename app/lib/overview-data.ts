import 'server-only';
import { cacheTag } from 'next/cache';
import { getAidTotals, listAidEvidence } from '@/db/queries/aid';
import { listSanctionsByImposer } from '@/db/queries/sanctions';
import { CACHE_TAGS } from './cache-tags';

/**
 * Everything the overview shows, cached until a write updates one of its tags.
 * `databaseId` is the open file's identity: it is part of the cache key, so figures
 * from one database file are never served for another.
 */
export async function getOverviewData(databaseId: string) {
  'use cache';
  cacheTag(CACHE_TAGS.aid, CACHE_TAGS.sanctions, CACHE_TAGS.parties, CACHE_TAGS.sources, `database:${databaseId}`);
  return {
    aid: getAidTotals(),
    committedEvidence: listAidEvidence('committed'),
    uncommittedEvidence: listAidEvidence('uncommitted'),
    sanctionsByImposer: listSanctionsByImposer(),
  };
}

export type OverviewData = Awaited<ReturnType<typeof getOverviewData>>;
