import 'server-only';
import { getDatabaseId, getDb } from '../../index';

// The first day the tracker held anything: an `asof` before it would show an empty
// tracker, which nobody asks for on purpose.

const known = new Map<string, string | null>();

/**
 * The day (UTC) of the earliest entry or audit entry, or null when there is none. Kept per
 * file: entries are retired, never deleted, and new ones are created now, so the first day
 * only changes with the file (a restore gives it a new identity).
 */
export function getEarliestDay(): string | null {
  const id = getDatabaseId();
  if (known.has(id)) return known.get(id) ?? null;
  // created_at has no index: one scan of each table, once per file.
  const first = getDb()
    .$client.prepare(
      `SELECT min(t) FROM (
         SELECT min(created_at) AS t FROM aid_packages UNION ALL SELECT min(created_at) FROM sanctions
         UNION ALL SELECT min(created_at) FROM events UNION ALL SELECT min(created_at) FROM parties
         UNION ALL SELECT min(created_at) FROM sources UNION ALL SELECT min(at) FROM audit_log)`,
    )
    .pluck()
    .get() as string | null;
  const day = first === null ? null : first.slice(0, 10);
  known.set(id, day);
  return day;
}
