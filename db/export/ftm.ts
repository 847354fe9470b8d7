// Writes the tracker's live parties, sanctions and aid as FollowTheMoney entities, one JSON
// object a line (`entities.ftm.json`), the inverse of the FtM importer
// (db/import/formats/ftm.ts): the same schemata and property names, so the importer reads
// the file back to the same data. Rows are read a chunk at a time in id order and the
// parties go first, so memory stays flat and every link names an entity already written.

import { Readable } from 'node:stream';
import { max } from 'drizzle-orm';
import type { Db } from '../client';
import { aidPackages, parties, sanctions } from '../schema';
import { aidChunk, sanctionsChunk } from './ftm-entries';
import type { ChunkRow, FtmEntity } from './ftm-entity';
import { partiesChunk } from './ftm-parties';

export type { FtmEntity } from './ftm-entity';

/** The file as a byte stream of JSON lines. */
export function ftmJsonLines(db: Db): Readable {
  return Readable.from(
    (async function* () {
      // Lines go out in blocks of about 64 KB: one write per entity would cost more than it.
      let block = '';
      for await (const entity of ftmEntities(db)) {
        block += `${JSON.stringify(entity)}\n`;
        if (block.length >= 65536) {
          yield Buffer.from(block);
          block = '';
        }
      }
      if (block !== '') yield Buffer.from(block);
    })(),
  );
}

/** Every live party, then every live sanction and aid package, as FtM entities. */
export async function* ftmEntities(db: Db): AsyncGenerator<FtmEntity> {
  // Rows added while the file is written are left to the next one: with the parties capped,
  // no sanction or payment links a party the file lacks (a retired one is left out whole).
  const last = (table: typeof parties | typeof sanctions | typeof aidPackages) =>
    db
      .select({ id: max(table.id) })
      .from(table)
      .get()?.id ?? 0;
  const upTo = { parties: last(parties), sanctions: last(sanctions), aid: last(aidPackages) };
  yield* chunked((after) => partiesChunk(db, after, upTo.parties));
  yield* chunked((after) => sanctionsChunk(db, after, upTo));
  yield* chunked((after) => aidChunk(db, after, upTo));
}

async function* chunked(read: (after: number) => ChunkRow[]) {
  for (let after = 0; ;) {
    const chunk = read(after);
    if (chunk.length === 0) return;
    for (const row of chunk) yield* row.entities;
    after = chunk.at(-1)!.id;
    // Lets a server answer others between chunks of a long download.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
