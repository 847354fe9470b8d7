import { sql, type SQL } from 'drizzle-orm';

/**
 * The time now as every timestamp column holds it (ISO 8601, UTC, milliseconds), moved by
 * an SQLite modifier when given: for the builder's comparisons and updates.
 */
export const isoNow = (modifier?: '-1 hour' | '-1 day'): SQL =>
  sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ', 'now'${modifier ? `, '${modifier}'` : ''})`);
