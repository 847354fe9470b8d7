// @ts-check

// Node's flags for the production server, wherever it runs: `npm start` (package.json
// passes them to start.mjs; server-flags.test.ts keeps the two the same), the end-to-end
// tests' server and the bench's.
//
// Left alone, V8 sizes the heap for the machine and lets it grow under load before
// collecting. Capped, it collects sooner: the server holds far less memory under load, for
// a few fewer pages rendered per second (pages from the page cache are not rendered). The
// renders in flight are few (render-queue.mjs), so their data fits well within the cap.
// The young generation is larger than V8's default: a download of a million rows makes
// short-lived values by the million, and with 32 MB semi-spaces it streams at ~53,000 rows
// a second instead of ~43,000, for ~80 MB more at its peak (decision 013).
export const SERVER_NODE_FLAGS = ['--max-old-space-size=384', '--max-semi-space-size=32'];

/** How many requests Next renders at once (RENDER_CONCURRENCY, default 4). */
export const renderConcurrency = (value = process.env.RENDER_CONCURRENCY) =>
  wholeNumber('RENDER_CONCURRENCY', value, 4);

/**
 * How many requests may wait for a render (RENDER_QUEUE_LENGTH, default 64: four renders
 * at a time clear them within seconds); more are answered 503. One client may
 * hold a quarter of them (render-queue.mjs).
 */
export const renderQueueLength = (value = process.env.RENDER_QUEUE_LENGTH) =>
  wholeNumber('RENDER_QUEUE_LENGTH', value, 64);

/** Whether a proxy the operator runs sets X-Forwarded-For (TRUST_PROXY=1). */
export const trustProxy = (value = process.env.TRUST_PROXY) => value === '1';

/**
 * The interface the server listens on: --hostname, else HOSTNAME, else 127.0.0.1, so a
 * server started without thought is not reachable from other machines.
 * @param {string | undefined} flag
 */
export const listenHostname = (flag, value = process.env.HOSTNAME) =>
  flag?.trim() || value?.trim() || '127.0.0.1';

/** @param {string} name @param {string | undefined} value @param {number} fallback */
function wholeNumber(name, value, fallback) {
  const n = value === undefined || value.trim() === '' ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}
