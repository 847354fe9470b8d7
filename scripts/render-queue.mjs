// @ts-check

// At most `limit` requests in Next's hands at once; the rest wait their turn, first come
// first served. Rendering is CPU work on one thread, so more at once does not finish more
// per second: each render in flight holds its page's data and React's trees. At 200
// connections rendering the overview at 1M, the server peaked at 592 MB with 400 pages in
// 10 s; four at a time, with the heap capped (server-flags.mjs), 204 MB and 566 pages.
//
// A place is given back when the work settles, when the response closes, or after
// `holdMs`: Next waits for a slow reader to drain each chunk it writes, and a few slow
// readers must not hold every place. A response closed while waiting is never started.

/**
 * @typedef {{ once(event: 'close', listener: () => void): unknown, destroyed: boolean, writableEnded: boolean }} Response a ServerResponse, as far as the queue looks
 * @param {number} limit
 * @param {{ holdMs?: number }} [options]
 */
export function createRenderQueue(limit, { holdMs = 2_000 } = {}) {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`render queue: limit must be a whole number ≥ 1, not ${limit}`);
  let running = 0;
  /** @type {(() => void)[]} */
  const waiting = [];

  function startNext() {
    while (running < limit && waiting.length > 0) waiting.shift()?.();
  }

  /**
   * Runs `work` for `res` when a place is free; resolves to undefined if the response
   * closed before its turn.
   * @template T
   * @param {Response} res
   * @param {() => T | Promise<T>} work
   * @returns {Promise<T | undefined>}
   */
  function run(res, work) {
    return new Promise((resolve, reject) => {
      const start = () => {
        if (res.destroyed || res.writableEnded) {
          resolve(undefined);
          return;
        }
        running += 1;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          clearTimeout(timer);
          running -= 1;
          startNext();
        };
        const timer = setTimeout(release, holdMs);
        timer.unref();
        res.once('close', release);
        Promise.resolve()
          .then(work)
          .then(
            (value) => (release(), resolve(value)),
            (error) => (release(), reject(error)),
          );
      };
      waiting.push(start);
      startNext();
    });
  }

  return {
    run,
    /** Requests holding a place and waiting for one, for tests and diagnostics. */
    stats: () => ({ running, waiting: waiting.length }),
  };
}
