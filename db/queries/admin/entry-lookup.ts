import 'server-only';
import { getDb } from '../../index';

export type EntryKind = 'aid' | 'sanction' | 'event' | 'source' | 'party';

// One indexed probe per kind (primary key, or the unique slug), live rows only.
const LOOKUP: Record<EntryKind, string> = {
  aid: 'SELECT title FROM aid_packages WHERE id = ? AND retired_at IS NULL',
  sanction: 'SELECT title FROM sanctions WHERE id = ? AND retired_at IS NULL',
  event: 'SELECT title FROM events WHERE id = ? AND retired_at IS NULL',
  source: 'SELECT title FROM sources WHERE id = ? AND retired_at IS NULL',
  party: 'SELECT name AS title FROM parties WHERE slug = ? AND retired_at IS NULL',
};

/** The title (a party's name) of a live entry, or null: cheap enough for page titles and the 404 check. */
export function entryTitle(kind: EntryKind, key: string | number): string | null {
  const row = getDb().$client.prepare(LOOKUP[kind]).get(key) as { title: string } | undefined;
  return row?.title ?? null;
}
