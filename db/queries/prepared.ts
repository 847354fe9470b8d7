import 'server-only';
import type { Db } from '../client';
import { getDb } from '../index';

/**
 * A builder query prepared once per connection, its values given at each call
 * (`sql.placeholder`). For reads on every public page: the builder writes the SQL once,
 * not at every request, where that writing costs more than the read itself.
 */
export function preparedOnce<Q>(prepare: (db: Db) => Q): () => Q {
  const byConnection = new WeakMap<Db, Q>();
  return () => {
    const db = getDb();
    let query = byConnection.get(db);
    if (query === undefined) {
      query = prepare(db);
      byConnection.set(db, query);
    }
    return query;
  };
}
