import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../client';
import { COMMITTED, createAidRows, type Cited } from './aid-rows';
import { createTimeline } from './calendar';
import { createCast } from './cast';
import { ANCHOR_EVENTS } from './events';
import { beginBulkLoad, createWriter, type CitationSubject } from './load';
import { Rng } from './random';
import { createSanctionRows } from './sanction-rows';
import { writeWorld } from './world-rows';

// `generateSynthetic` fills a new database file with a realistic, deterministic data set
// of any size, streaming rows in transactions so memory stays flat.

export const MAX_ROWS = 50_000_000;
const CHUNK = 25_000;
const SOURCES = 3_000;
const EVENTS = 300;

export interface SyntheticProgress {
  phase: 'aid' | 'sanctions' | 'finish';
  done: number;
  total: number;
  /** In the finish phase: what is being done (an index being built, analyze). */
  step?: string;
}

export interface SyntheticOptions {
  aid: number;
  sanctions: number;
  out: string;
  seed?: number;
  /** Replace an existing file; without it an existing file is refused. */
  force?: boolean;
  onProgress?: (progress: SyntheticProgress) => void;
}

export interface SyntheticResult {
  file: string;
  seed: number;
  counts: Record<
    'parties' | 'sources' | 'events' | 'eventParties' | 'aidPackages' | 'sanctions' | 'citations',
    number
  >;
  seconds: number;
  bytes: number;
  /** The donor with the most committed USD (the party page to load-test); null without committed aid. */
  topDonor: { slug: string; name: string; committedUsd: number } | null;
}

/** A refusal the user can act on (bad numbers, an existing file), as opposed to a crash. */
export class SyntheticError extends Error {
  override name = 'SyntheticError';
}

function checkCount(name: string, value: number) {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_ROWS) {
    throw new SyntheticError(`${name} must be a whole number from 0 to ${MAX_ROWS}, not ${value}`);
  }
}

function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

export function generateSynthetic(options: SyntheticOptions): SyntheticResult {
  const started = performance.now();
  const seed = options.seed ?? 1;
  checkCount('aid', options.aid);
  checkCount('sanctions', options.sanctions);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new SyntheticError(`seed must be a whole number from 0 to 4294967295, not ${seed}`);
  const file = path.resolve(options.out);
  if (existsSync(file)) {
    if (statSync(file).isDirectory())
      throw new SyntheticError(`${file} is a directory; --out must name a file`);
    if (!options.force) throw new SyntheticError(`${file} already exists; pass --force to replace it`);
  }
  // Written aside and renamed at the end: a run stopped half-way (Ctrl-C) never leaves
  // a file at --out that looks complete but is not.
  const partial = `${file}.partial`;
  removeDatabase(partial);

  const { db } = openDatabase(partial);
  const sqlite = db.$client;
  let bulk: ReturnType<typeof beginBulkLoad> | undefined;
  try {
    bulk = beginBulkLoad(sqlite);
    const writer = createWriter(sqlite, bulk);
    const rng = new Rng(seed);
    const timeline = createTimeline(ANCHOR_EVENTS);
    const cast = createCast();
    const world = sqlite.transaction(() => {
      const written = writeWorld(writer, {
        rng,
        timeline,
        cast,
        sources: SOURCES,
        events: EVENTS,
        meta: { aid: options.aid, sanctions: options.sanctions, seed },
      });
      writer.flush();
      return written;
    })();
    let citations = world.citations;

    const stream = (phase: 'aid' | 'sanctions', total: number, insert: (id: number) => number) => {
      for (let from = 1; from <= total; from += CHUNK) {
        const to = Math.min(total, from + CHUNK - 1);
        sqlite.transaction(() => {
          for (let id = from; id <= to; id++) citations += insert(id);
          writer.flush();
        })();
        options.onProgress?.({ phase, done: to, total });
      }
    };
    const cite = (subject: CitationSubject, id: number, createdAt: string, cited: Cited[]) => {
      for (const c of cited) writer.citation(subject, id, c.sourceId, c.quote, createdAt);
      return cited.length;
    };

    const committedUsd = new Float64Array(cast.parties.length + 1);
    const nextAid = createAidRows(rng.fork(3), cast, timeline, world.shelf, world.names, options.aid);
    stream('aid', options.aid, (id) => {
      const { row, cited } = nextAid(id);
      writer.aid(row);
      if (row.amountUsd !== null && row.retiredAt === null && COMMITTED.has(row.status)) {
        committedUsd[row.donorId] = (committedUsd[row.donorId] ?? 0) + row.amountUsd;
      }
      return cite('aid', id, row.createdAt, cited);
    });
    // The aid cubes are filled on the other core while the sanctions are written.
    bulk.rollups.done('aid_packages');
    const nextSanction = createSanctionRows(
      rng.fork(4),
      cast,
      timeline,
      world.shelf,
      world.names,
      options.sanctions,
    );
    stream('sanctions', options.sanctions, (id) => {
      const { row, cited } = nextSanction(id);
      writer.sanction(row);
      return cite('sanction', id, row.createdAt, cited);
    });

    bulk.rollups.done('sanctions');
    bulk.finish((step) => options.onProgress?.({ phase: 'finish', done: 0, total: 0, step }));
    sqlite.close();
    removeDatabase(file);
    renameSync(partial, file);

    let top = 0;
    for (let id = 1; id < committedUsd.length; id++)
      if ((committedUsd[id] ?? 0) > (committedUsd[top] ?? 0)) top = id;
    return {
      file,
      seed,
      counts: {
        parties: cast.parties.length,
        sources: SOURCES,
        events: world.events,
        eventParties: world.eventParties,
        aidPackages: options.aid,
        sanctions: options.sanctions,
        citations,
      },
      seconds: (performance.now() - started) / 1000,
      bytes: statSync(file).size,
      topDonor:
        top === 0
          ? null
          : { slug: cast.byId(top).slug, name: cast.byId(top).name, committedUsd: committedUsd[top] ?? 0 },
    };
  } catch (error) {
    bulk?.abort();
    if (sqlite.open) sqlite.close();
    removeDatabase(partial);
    throw error;
  }
}
