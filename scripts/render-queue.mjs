// @ts-check

// At most `limit` requests in Next's hands at once; the rest wait their turn. Rendering is
// CPU work on one thread, so more at once does not finish more per second: each render in
// flight holds its page's data and React's trees. Four at a time, with the heap capped
// (server-flags.mjs), the server renders more pages per second in far less memory than
// rendering all it is asked at once.
//
// A place is given back when the work settles, when the response closes, or after
// `holdMs`: Next waits for a slow reader to drain each chunk it writes, and a few slow
// readers must not hold every place. A response closed while waiting is never started.
//
// Waiting is per client, and the clients take turns: one client's flood of unique
// addresses cannot make another client's first page wait behind all of it. One client
// holds at most `placesPerClient` places (the server keeps one place for everyone else)
// and at most a quarter of the `maxWaiting` requests that may wait. A request that would
// wait beyond either bound is refused at once (QUEUE_FULL, answered 503) rather than kept
// with its memory and socket.

export const QUEUE_FULL = Symbol('render queue full');

/**
 * @typedef {{ once(event: 'close', listener: () => void): unknown, off(event: 'close', listener: () => void): unknown, destroyed: boolean, writableEnded: boolean }} Response a ServerResponse, as far as the queue looks
 * @param {number} limit
 * @param {{ holdMs?: number, maxWaiting?: number, placesPerClient?: number }} [options]
 */
export function createRenderQueue(limit, { holdMs = 2_000, maxWaiting = 64, placesPerClient = limit } = {}) {
  for (const [name, n] of Object.entries({ limit, maxWaiting, placesPerClient })) {
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`render queue: ${name} must be a whole number ≥ 1, not ${n}`);
  }
  const waitingPerClient = Math.ceil(maxWaiting / 4);
  let running = 0;
  let waiting = 0;
  /** @type {Map<string, number>} places held, by client */
  const holding = new Map();
  /** @type {Map<string, (() => void)[]>} requests waiting, by client, in order of arrival */
  const queues = new Map();
  /** @type {Map<string, number>} when each client waiting or holding a place last started one */
  const lastStarted = new Map();
  let starts = 0;

  /** The client with a free share whose last start is oldest (one that never started first). */
  function nextTurn() {
    let turn;
    for (const client of queues.keys()) {
      if ((holding.get(client) ?? 0) >= placesPerClient) continue;
      if (turn === undefined || (lastStarted.get(client) ?? -1) < (lastStarted.get(turn) ?? -1))
        turn = client;
    }
    return turn;
  }

  function startNext() {
    while (running < limit) {
      const client = nextTurn();
      if (client === undefined) return;
      const queue = queues.get(client) ?? [];
      const start = queue.shift();
      if (queue.length === 0) queues.delete(client);
      waiting -= 1;
      lastStarted.set(client, (starts += 1));
      start?.();
    }
  }

  /** Forgets a client with nothing waiting and no place. @param {string} client */
  function forget(client) {
    if (!queues.has(client) && !holding.has(client)) lastStarted.delete(client);
  }

  /**
   * Runs `work` for `res` when a place is free; resolves to undefined if the response
   * closed before its turn, or to QUEUE_FULL, without running it, if it would wait beyond
   * the bounds.
   * @template T
   * @param {Response} res
   * @param {() => T | Promise<T>} work
   * @param {string} [client] who asks (./client-address.mjs)
   * @returns {Promise<T | undefined | typeof QUEUE_FULL>}
   */
  function run(res, work, client = '') {
    return new Promise((resolve, reject) => {
      const start = () => {
        res.off('close', leave);
        if (res.destroyed || res.writableEnded) {
          forget(client);
          resolve(undefined);
          return;
        }
        running += 1;
        holding.set(client, (holding.get(client) ?? 0) + 1);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          clearTimeout(timer);
          running -= 1;
          const held = (holding.get(client) ?? 1) - 1;
          if (held > 0) holding.set(client, held);
          else holding.delete(client);
          forget(client);
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
      /** Takes `start` out of the line; true if it was still waiting. */
      const dequeue = () => {
        const queue = queues.get(client);
        const at = queue?.indexOf(start) ?? -1;
        if (!queue || at < 0) return false;
        queue.splice(at, 1);
        if (queue.length === 0) queues.delete(client);
        waiting -= 1;
        forget(client);
        return true;
      };
      const leave = () => dequeue() && resolve(undefined);

      const queue = queues.get(client) ?? [];
      queue.push(start);
      queues.set(client, queue);
      waiting += 1;
      res.once('close', leave);
      startNext();
      if ((waiting > maxWaiting || queue.length > waitingPerClient) && dequeue()) {
        res.off('close', leave);
        resolve(QUEUE_FULL);
      }
    });
  }

  return {
    run,
    /** Requests holding a place and waiting for one, for tests and diagnostics. */
    stats: () => ({ running, waiting }),
  };
}
