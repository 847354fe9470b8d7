import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { installFile } from '../backup/files';
import { writePublicCopy } from './public-copy';

// The public snapshots on disk, in a folder beside the database. A file's name says what it
// holds (the database's identity, its data revision, its SHA-256), so every process sharing
// the database finds the newest one by listing the folder, and one rename publishes a file
// and its facts together. Decision 012 has the reasons and figures.

export interface Snapshot {
  file: string;
  databaseId: string;
  revision: number;
  /** SHA-256 of the file, hex. */
  sha256: string;
  bytes: number;
  createdAt: Date;
}

export interface SnapshotSource {
  /** The live database the snapshot copies. */
  databaseFile: string;
  /** Its identity and data revision now (db/index.ts getDataVersion). */
  live: () => { databaseId: string; revision: number };
  /** A snapshot younger than this is served even if the data has changed since. */
  intervalMs: number;
}

const NAME = /^snapshot-([0-9a-zA-Z-]+)-r(\d+)-([0-9a-f]{64})\.sqlite$/;
const PARTIAL = /^\.partial-/;
/** A partial file this old was left by a process that died while writing it. */
const ABANDONED_MS = 60 * 60_000;

export const snapshotFolder = (databaseFile: string) => path.join(path.dirname(databaseFile), 'snapshots');

/**
 * The snapshot to serve: the newest on disk if it holds the current revision or is younger
 * than the interval; otherwise a new one, made once however many requests ask meanwhile.
 */
export async function currentSnapshot(source: SnapshotSource): Promise<Snapshot> {
  const live = source.live();
  const found = newestSnapshot(snapshotFolder(source.databaseFile), live.databaseId);
  if (
    found &&
    (found.revision === live.revision || Date.now() - found.createdAt.getTime() < source.intervalMs)
  )
    return found;
  return generateOnce(source.databaseFile);
}

// On globalThis: each route is its own bundle, and they must share the one generation.
const inFlight = ((
  globalThis as typeof globalThis & { __snapshotsInFlight?: Map<string, Promise<Snapshot>> }
).__snapshotsInFlight ??= new Map());

function generateOnce(databaseFile: string): Promise<Snapshot> {
  let running = inFlight.get(databaseFile);
  if (!running) {
    running = generateSnapshot(databaseFile).finally(() => inFlight.delete(databaseFile));
    inFlight.set(databaseFile, running);
  }
  return running;
}

/** Writes a new public snapshot of `databaseFile` and publishes it with one rename. */
export async function generateSnapshot(databaseFile: string): Promise<Snapshot> {
  const folder = snapshotFolder(databaseFile);
  mkdirSync(folder, { recursive: true });
  const partial = path.join(folder, `.partial-${process.pid}-${randomBytes(4).toString('hex')}.sqlite`);
  try {
    const { databaseId, revision } = await writePublicCopy(databaseFile, partial);
    const sha256 = await hashFile(partial);
    const file = path.join(folder, `snapshot-${databaseId}-r${revision}-${sha256}.sqlite`);
    installFile(partial, file, { replace: true });
    removeOlder(folder, file);
    return describe(folder, file.slice(folder.length + 1))!;
  } finally {
    for (const suffix of ['', '-journal']) rmSync(`${partial}${suffix}`, { force: true });
  }
}

export function newestSnapshot(folder: string, databaseId: string): Snapshot | undefined {
  return listSnapshots(folder)
    .filter((s) => s.databaseId === databaseId)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

function listSnapshots(folder: string): Snapshot[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.map((name) => describe(folder, name)).filter((s): s is Snapshot => s !== undefined);
}

function describe(folder: string, name: string): Snapshot | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const file = path.join(folder, name);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  return {
    file,
    databaseId: match[1]!,
    revision: Number(match[2]),
    sha256: match[3]!,
    bytes: stat.size,
    createdAt: stat.mtime,
  };
}

/**
 * Keeps the new file and the one before it: a download that chose the previous file a
 * moment ago still finds it when it opens it.
 */
function removeOlder(folder: string, newest: string): void {
  const older = listSnapshots(folder)
    .filter((s) => s.file !== newest)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const s of older.slice(1)) rmSync(s.file, { force: true });
  for (const name of readdirSync(folder).filter((n) => PARTIAL.test(n))) {
    const stat = statSync(path.join(folder, name), { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > ABANDONED_MS) rmSync(path.join(folder, name), { force: true });
  }
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
