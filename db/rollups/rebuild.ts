import type Database from 'better-sqlite3';
import { CUBES } from './cubes';
import { fillSql } from './ddl';

/**
 * Recomputes every rollup table from its source table, in one transaction. For bulk
 * loads (the synthetic generator) and for checking that the triggers kept them exact.
 */
export function rebuildRollups(client: Database.Database): void {
  client.transaction(() => {
    for (const cube of CUBES) {
      client.exec(`DELETE FROM \`${cube.table}\``);
      for (const statement of fillSql(cube)) client.exec(statement);
    }
  })();
}
