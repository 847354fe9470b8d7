import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { sources } from '../schema';
import type { Cells } from '@/domain/list-download';

/** The download cells of these sources (live or not: a list read just before a retirement keeps its row), by id. */
export function sourceCells(db: Db, ids: readonly number[], origin = ''): Map<number, Cells> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      published_on: sources.publishedOn,
      language: sources.language,
    })
    .from(sources)
    .where(inArray(sources.id, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.id, { ...r, permalink: `${origin}/sources/${r.id}` }]));
}
