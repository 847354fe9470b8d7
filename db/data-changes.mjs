// @ts-check

// Committed writes, announced to whatever keeps copies of what readers were shown: the
// server's page cache (scripts/response-cache.mjs) drops its pages when it hears one. The
// registry lives on globalThis because the server and Next's bundle of the app each load
// this file as a module of their own, in one process.

const KEY = Symbol.for('tracker.data-changes');

/**
 * @typedef {{ revision: number, listeners: Set<() => void>, readStored?: () => number }} DataChanges
 * `revision` counts this process's commits; `readStored` reads the count the database file
 * holds, bumped by every process's commits (set once the app has opened the file).
 */

/** The process's registry: how many writes have committed, and who listens. @returns {DataChanges} */
export function dataChanges() {
  const registry = /** @type {Record<symbol, DataChanges | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  return (registry[KEY] ??= { revision: 0, listeners: new Set() });
}

/** Called once a write has committed, never before: a rolled-back write changed nothing. */
export function announceDataChange() {
  const changes = dataChanges();
  changes.revision += 1;
  for (const listener of changes.listeners) listener();
}

/** Calls `listener` after every committed write; returns the call that stops it. @param {() => void} listener */
export function onDataChange(listener) {
  const { listeners } = dataChanges();
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Where the revision the database holds is read: one indexed read, made on each page
 * request, so a process sees the writes of every other process on the same file.
 * @param {(() => number) | undefined} read undefined once the file is closed
 */
export function setStoredRevisionReader(read) {
  dataChanges().readStored = read;
}

/** The revision the database holds, or null before the app has opened it. @returns {number | null} */
export function storedRevision() {
  const read = dataChanges().readStored;
  return read ? read() : null;
}
