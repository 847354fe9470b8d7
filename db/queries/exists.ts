import 'server-only';
import { getDb } from '../index';

const ID = /^[1-9]\d{0,15}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const BY_ID: Record<string, string> = {
  aid: 'SELECT 1 FROM aid_packages WHERE id = ? AND retired_at IS NULL',
  sanctions: 'SELECT 1 FROM sanctions WHERE id = ? AND retired_at IS NULL',
  events: 'SELECT 1 FROM events WHERE id = ? AND retired_at IS NULL',
  sources: 'SELECT 1 FROM sources WHERE id = ? AND retired_at IS NULL',
};

/**
 * Whether a detail page has an entry to show: `aid`/`sanctions`/`events`/`sources` by id,
 * `parties` by slug. Cheap (primary key or unique index), so it can run before rendering.
 */
export function entryExists(section: string, key: string): boolean {
  const db = getDb().$client;
  if (section === 'parties') {
    return SLUG.test(key) && db.prepare('SELECT 1 FROM parties WHERE slug = ? AND retired_at IS NULL').get(key) !== undefined;
  }
  const query = BY_ID[section];
  if (!query || !ID.test(key) || !Number.isSafeInteger(Number(key))) return false;
  return db.prepare(query).get(Number(key)) !== undefined;
}
