import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRenderQueue, QUEUE_FULL } from './render-queue.mjs';

// A response as the queue sees it: it closes when the reader leaves or the answer is sent.
class FakeResponse extends EventEmitter {
  destroyed = false;
  writableEnded = false;
  close() {
    this.destroyed = true;
    this.emit('close');
  }
}

/** Work that ends when told, recording when it started. */
function job(log: string[], name: string) {
  let finish = () => {};
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return {
    work: () => {
      log.push(`start ${name}`);
      return done;
    },
    finish,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('createRenderQueue', () => {
  it('renders at most `limit` at once and starts the others in order as places free up', async () => {
    const queue = createRenderQueue(2);
    const log: string[] = [];
    const jobs = ['a', 'b', 'c', 'd'].map((name) => job(log, name));
    const results = jobs.map((j) => queue.run(new FakeResponse(), j.work));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(queue.stats()).toEqual({ running: 2, waiting: 2 });
    jobs[1]!.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    jobs[0]!.finish();
    jobs[2]!.finish();
    jobs[3]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('never starts a request whose reader left while it waited', async () => {
    const queue = createRenderQueue(1);
    const log: string[] = [];
    const first = job(log, 'first');
    const gone = new FakeResponse();
    const running = queue.run(new FakeResponse(), first.work);
    const skipped = queue.run(gone, job(log, 'gone').work);
    const last = job(log, 'last');
    const after = queue.run(new FakeResponse(), last.work);
    gone.close();
    first.finish();
    await tick();
    expect(log).toEqual(['start first', 'start last']);
    expect(await skipped).toBeUndefined();
    last.finish();
    expect([await running, await after]).toEqual(['first', 'last']);
  });

  it('frees the place of a response that closed before its work ended', async () => {
    const queue = createRenderQueue(1);
    const log: string[] = [];
    const res = new FakeResponse();
    const stuck = job(log, 'stuck');
    void queue.run(res, stuck.work);
    const next = job(log, 'next');
    const result = queue.run(new FakeResponse(), next.work);
    await tick();
    res.close();
    await tick();
    expect(log).toEqual(['start stuck', 'start next']);
    next.finish();
    expect(await result).toBe('next');
    stuck.finish();
  });

  it('lets the next request start after `holdMs` behind a render that will not end', async () => {
    vi.useFakeTimers();
    const queue = createRenderQueue(1, { holdMs: 500 });
    const log: string[] = [];
    void queue.run(new FakeResponse(), job(log, 'slow reader').work);
    void queue.run(new FakeResponse(), job(log, 'next').work);
    await vi.advanceTimersByTimeAsync(499);
    expect(log).toEqual(['start slow reader']);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['start slow reader', 'start next']);
  });

  it('gives back the place of work that failed, and passes the error on', async () => {
    const queue = createRenderQueue(1);
    const failed = queue.run(new FakeResponse(), () => Promise.reject(new Error('render failed')));
    await expect(failed).rejects.toThrow('render failed');
    expect(await queue.run(new FakeResponse(), () => 'ok')).toBe('ok');
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a limit that is not a whole number of at least one', () => {
    for (const limit of [0, -1, 1.5, Number.NaN])
      expect(() => createRenderQueue(limit)).toThrow(/limit must be a whole number/);
    expect(() => createRenderQueue(2, { maxWaiting: 0 })).toThrow(/maxWaiting must be a whole number/);
  });
});

describe('createRenderQueue, shared between clients', () => {
  it("starts another client's first request before the waiting ones of a client that floods", async () => {
    const queue = createRenderQueue(1);
    const log: string[] = [];
    const flood = ['a0', 'a1', 'a2', 'a3'].map((name) => job(log, name));
    for (const j of flood) void queue.run(new FakeResponse(), j.work, 'flooder');
    const reader = job(log, 'reader');
    void queue.run(new FakeResponse(), reader.work, 'reader');
    await tick();
    flood[0]!.finish();
    await tick();
    expect(log).toEqual(['start a0', 'start reader']);
  });

  it('gives clients that all wait turns in rotation', async () => {
    const queue = createRenderQueue(1);
    const log: string[] = [];
    const jobs = new Map<string, ReturnType<typeof job>>();
    for (const [client, names] of [
      ['a', ['a1', 'a2', 'a3']],
      ['b', ['b1', 'b2']],
      ['c', ['c1']],
    ] as const) {
      for (const name of names) {
        const j = job(log, name);
        jobs.set(name, j);
        void queue.run(new FakeResponse(), j.work, client);
      }
    }
    for (let i = 0; i < 6; i++) {
      await tick();
      jobs.get(log.at(-1)!.slice('start '.length))!.finish();
    }
    await tick();
    expect(log.map((l) => l.slice('start '.length))).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('keeps places for other clients beyond `placesPerClient`', async () => {
    const queue = createRenderQueue(2, { placesPerClient: 1 });
    const log: string[] = [];
    void queue.run(new FakeResponse(), job(log, 'a1').work, 'a');
    void queue.run(new FakeResponse(), job(log, 'a2').work, 'a');
    void queue.run(new FakeResponse(), job(log, 'b1').work, 'b');
    await tick();
    expect(log).toEqual(['start a1', 'start b1']);
    expect(queue.stats()).toEqual({ running: 2, waiting: 1 });
  });

  it('refuses at once, without running it, a request beyond a quarter of the queue for one client', async () => {
    const queue = createRenderQueue(1, { maxWaiting: 8 });
    const log: string[] = [];
    const results = ['a0', 'a1', 'a2', 'a3'].map((name) =>
      queue.run(new FakeResponse(), job(log, name).work, 'a'),
    );
    expect(await results[3]).toBe(QUEUE_FULL);
    expect(queue.stats()).toEqual({ running: 1, waiting: 2 });
    void queue.run(new FakeResponse(), job(log, 'b1').work, 'b');
    expect(queue.stats()).toEqual({ running: 1, waiting: 3 });
    await tick();
    expect(log).toEqual(['start a0']);
  });

  it('refuses at once a request that would wait when `maxWaiting` are waiting', async () => {
    const queue = createRenderQueue(1, { maxWaiting: 4 });
    const log: string[] = [];
    const running = job(log, 'first');
    void queue.run(new FakeResponse(), running.work, 'first');
    for (const client of ['a', 'b', 'c', 'd'])
      void queue.run(new FakeResponse(), job(log, client).work, client);
    expect(await queue.run(new FakeResponse(), job(log, 'e').work, 'e')).toBe(QUEUE_FULL);
    expect(queue.stats()).toEqual({ running: 1, waiting: 4 });
    running.finish();
    await tick();
    expect(log).toEqual(['start first', 'start a']);
    // A place is free of waiting again: a new client may wait.
    expect(queue.stats()).toEqual({ running: 1, waiting: 3 });
  });
});
