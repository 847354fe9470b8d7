import 'server-only';
import { connection } from 'next/server';
import { findPartiesBySlugs } from '@/db/queries/parties/party-lookup';
import { listChanges, type ChangeFilter, type ChangePage } from '@/db/queries/changes/change-feed';
import type { ChangeApiQuery, ChangeFeedQuery } from '@/domain/changes';
import { invalidParameters, parseQuery } from './http';
import type { Problem } from './problem';
import type { z } from 'zod';

/**
 * Reads the page of changes a feed request asks for, or says what is wrong with it:
 * the query strictly checked by `schema`, the party looked up by its address.
 */
export async function readChangeRequest(
  request: Request,
  schema: typeof ChangeFeedQuery | typeof ChangeApiQuery,
  defaultLimit: number,
): Promise<{ ok: true; page: ChangePage; query: z.output<typeof schema> } | { ok: false; problem: Problem }> {
  await connection();
  const parsed = parseQuery(new URL(request.url), schema);
  if (!parsed.ok) return parsed;
  const query = parsed.value;
  const filter: ChangeFilter = {
    kind: query.kind,
    since: query.since,
    until: query.until,
    after: query.cursor,
  };
  if (query.party) {
    const party = findPartiesBySlugs([query.party]).get(query.party);
    if (!party) return { ok: false, problem: invalidParameters({ party: ['no such party'] }) };
    filter.partyId = party.id;
  }
  const limit = 'limit' in query ? query.limit : defaultLimit;
  return { ok: true, page: listChanges(filter, limit), query };
}
