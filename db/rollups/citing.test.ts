import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/temp-database';
import { CITING_TABLE, citingFillSql, citingMigrationSql } from './citing';

let temp: TempDatabase;
beforeEach(() => (temp = createTempDatabase({ seed: true })));
afterEach(() => temp.dispose());

/** Each source's count as kept, zeros left out (a source whose last citer went keeps a 0). */
const kept = () =>
  temp.db.$client
    .prepare(`SELECT source_id, n FROM ${CITING_TABLE} WHERE n <> 0 ORDER BY source_id`)
    .raw()
    .all();
/** The same recomputed from the rows. */
function recomputed() {
  const client = temp.db.$client;
  client.exec('SAVEPOINT recount');
  try {
    client.exec(`DELETE FROM ${CITING_TABLE}`);
    client.exec(citingFillSql());
    return kept();
  } finally {
    client.exec('ROLLBACK TO recount');
    client.exec('RELEASE recount');
  }
}

describe('live entries citing each source', () => {
  it('are what the migration creates, generated from their definition', () => {
    expect(readFileSync(path.join('drizzle', '0009_source_citing_counts.sql'), 'utf8')).toBe(
      citingMigrationSql(),
    );
  });

  it('hold the reference data once the database is created', () => {
    expect(kept().length).toBeGreaterThan(0);
    expect(kept()).toEqual(recomputed());
  });

  it('stay exact through new citations, duplicates, replacements, retirements, restorations and deletions', () => {
    const client = temp.db.$client;
    const before = kept();
    client.exec(`
      INSERT INTO sources (title, url, language) VALUES ('Second source', 'https://example.org/2', 'en');
      INSERT INTO aid_packages (donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, title)
      SELECT donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, 'copy ' || id FROM aid_packages;
      -- Each copy cites the new source twice (it counts once) and the first source once.
      INSERT INTO citations (source_id, aid_package_id, quote)
      SELECT s.id, a.id, 'q' FROM aid_packages a, sources s, (SELECT 1 UNION ALL SELECT 2)
      WHERE a.title LIKE 'copy %' AND s.title = 'Second source';
      INSERT INTO citations (source_id, aid_package_id, quote)
      SELECT (SELECT min(id) FROM sources), id, 'q' FROM aid_packages WHERE title LIKE 'copy %';
      -- One duplicate goes (the other still cites), then a whole entry's citations are replaced.
      DELETE FROM citations WHERE id = (SELECT max(id) FROM citations WHERE source_id = (SELECT id FROM sources WHERE title = 'Second source'));
      DELETE FROM citations WHERE aid_package_id = (SELECT min(id) FROM aid_packages WHERE title LIKE 'copy %');
      INSERT INTO citations (source_id, aid_package_id, quote)
      SELECT (SELECT id FROM sources WHERE title = 'Second source'), min(id), 'q' FROM aid_packages WHERE title LIKE 'copy %';
      -- A citation moved to another source, and one moved to an event.
      UPDATE citations SET source_id = (SELECT id FROM sources WHERE title = 'Second source')
      WHERE id = (SELECT min(id) FROM citations WHERE sanction_id IS NOT NULL);
      UPDATE citations SET aid_package_id = NULL, event_id = (SELECT min(id) FROM events)
      WHERE id = (SELECT max(id) FROM citations WHERE aid_package_id IS NOT NULL);
      UPDATE aid_packages SET retired_at = '2026-01-01T00:00:00Z' WHERE id % 2 = 0;
      UPDATE sanctions SET retired_at = '2026-01-01T00:00:00Z' WHERE id % 3 = 0;
      UPDATE events SET retired_at = '2026-01-01T00:00:00Z' WHERE id % 2 = 1;
      UPDATE aid_packages SET retired_at = NULL WHERE id % 4 = 0;
      UPDATE events SET title = title || ' (edited)';
      DELETE FROM aid_packages WHERE title LIKE 'copy %' AND id % 3 = 0;
      DELETE FROM sanctions WHERE id % 3 = 1;
    `);
    expect(kept()).not.toEqual(before);
    expect(kept()).toEqual(recomputed());
  });
});
