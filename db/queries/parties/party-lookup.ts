import 'server-only';
import { and, inArray, isNull } from 'drizzle-orm';
import { getDb } from '../../index';
import { parties } from '../../schema';

export interface PartyRefWithId {
  id: number;
  slug: string;
  name: string;
}

/** Live parties by slug; slugs with no party are simply absent from the map. */
export function findPartiesBySlugs(slugs: string[]): Map<string, PartyRefWithId> {
  if (slugs.length === 0) return new Map();
  const rows = getDb()
    .select({ id: parties.id, slug: parties.slug, name: parties.name })
    .from(parties)
    .where(and(inArray(parties.slug, slugs), isNull(parties.retiredAt)))
    .all();
  return new Map(rows.map((r) => [r.slug, r]));
}
