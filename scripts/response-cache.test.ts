import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { announceDataChange, setStoredRevisionReader } from '../db/data-changes.mjs';
import { createResponseCache, SHARED_CACHE_CONTROL } from './response-cache.mjs';

// A real node:http server with the cache in front of a stand-in for Next that streams a
// page naming its render count and the data "revision", as a page would its figures. A POST
// to /admin/… commits its body as the new data, and announces it as the app's writes do;
// any other POST is refused, as Next or the proxy refuse a stranger's.

/** A build folder holding the one file the tests ask for as a build file. */
const STATIC_DIR = mkdtempSync(path.join(tmpdir(), 'response-cache-static-'));
mkdirSync(path.join(STATIC_DIR, 'chunks'));
writeFileSync(path.join(STATIC_DIR, 'chunks', 'a1.js'), 'built');

interface Site {
  url: string;
  renders: () => number;
  /** The data the next render reads; a write changes it. */
  data: { value: string };
  /** Makes renders wait for this promise before they end (to overlap them with writes). */
  hold: (until: Promise<void> | null) => void;
  /** Makes writes wait for this promise after they commit, before their response ends. */
  holdWrites: (until: Promise<void> | null) => void;
  clock: { now: number };
  cache: ReturnType<typeof createResponseCache>;
}

const servers: Server[] = [];
const caches: { close: () => void }[] = [];
afterEach(async () => {
  for (const cache of caches.splice(0)) cache.close();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
});

async function site(
  options: {
    maxBytes?: number;
    maxEntryBytes?: number;
    page?: (req: IncomingMessage, res: ServerResponse, n: number) => void;
  } = {},
): Promise<Site> {
  let renders = 0;
  let held: Promise<void> | null = null;
  let writeHeld: Promise<void> | null = null;
  const data = { value: 'v1' };
  const clock = { now: 0 };
  const cache = createResponseCache({
    maxBytes: options.maxBytes,
    maxEntryBytes: options.maxEntryBytes,
    ttlMs: 60_000,
    now: () => clock.now,
    staticDir: STATIC_DIR,
  });
  caches.push(cache);
  const next = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST') {
      const body = await new Promise<string>((resolve) => {
        let text = '';
        req.on('data', (c) => (text += c)).on('end', () => resolve(text));
      });
      if (!req.url?.startsWith('/admin/')) return void res.writeHead(403).end('refused');
      data.value = body;
      announceDataChange();
      // The response ends a moment after the commit, as a server action's does.
      await new Promise((r) => setTimeout(r, 20));
      if (writeHeld) await writeHeld;
      res.writeHead(303, { location: '/' }).end();
      return;
    }
    renders += 1;
    if (options.page) return options.page(req, res, renders);
    const read = data.value;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'x-page': 'yes' });
    res.write(`<p>render ${renders}</p>`);
    if (held) await held;
    res.end(`<p>data ${read}</p>`);
  };
  const server = createServer((req, res) => void cache.handle(req, res, next));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    renders: () => renders,
    data,
    hold: (p) => (held = p),
    holdWrites: (p) => (writeHeld = p),
    clock,
    cache,
  };
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await fetch(url, { headers, redirect: 'manual' });
  return {
    status: r.status,
    body: await r.text(),
    state: r.headers.get('x-response-cache'),
    page: r.headers.get('x-page'),
  };
};
/** A GET sent with its path exactly as written (fetch would resolve its dot-segments first). */
const rawGet = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ state: string | undefined }>((resolve, reject) => {
    const { origin } = new URL(url);
    request(origin, { path: url.slice(origin.length), headers }, (res) => {
      res.resume().on('end', () => resolve({ state: res.headers['x-response-cache'] as string | undefined }));
    })
      .on('error', reject)
      .end();
  });
const save = (s: Site, value: string) =>
  fetch(`${s.url}/admin/aid`, { method: 'POST', body: value, redirect: 'manual' });

describe('response cache', () => {
  it('replays a public page byte for byte, headers included, without rendering it again', async () => {
    const s = await site();
    const first = await get(`${s.url}/?party=ukraine`);
    const second = await get(`${s.url}/?party=ukraine`);
    expect(first).toMatchObject({ status: 200, state: 'MISS', page: 'yes' });
    expect(second).toEqual({ ...first, state: 'HIT' });
    expect(s.renders()).toBe(1);
    // Another query is another page.
    expect((await get(`${s.url}/?party=poland`)).state).toBe('MISS');
    expect(s.renders()).toBe(2);
  });

  it('shows a save on the very next load, and never keeps a page rendered across a save', async () => {
    const s = await site();
    await get(`${s.url}/`);
    expect((await get(`${s.url}/`)).body).toContain('data v1');
    await save(s, 'v2');
    const after = await get(`${s.url}/`);
    expect(after).toMatchObject({ state: 'MISS' });
    expect(after.body).toContain('data v2');

    // A render that read v2, then a save of v3 while it is still sending: not kept.
    let release = () => {};
    s.hold(new Promise<void>((r) => (release = r)));
    await save(s, 'v2b');
    const slow = get(`${s.url}/`);
    await new Promise((r) => setTimeout(r, 50));
    await save(s, 'v3');
    s.hold(null);
    release();
    expect((await slow).body).toContain('data v2b');
    const next = await get(`${s.url}/`);
    expect(next.state).toBe('MISS');
    expect(next.body).toContain('data v3');
  });

  it("drops its pages when the database's revision moves under it, as another process's write moves it", async () => {
    // The file's revision, as the app reads it; another process's write bumps it and says
    // nothing to this one.
    const file = { revision: 7 };
    setStoredRevisionReader(() => file.revision);
    try {
      const s = await site();
      await get(`${s.url}/`);
      expect((await get(`${s.url}/`)).state).toBe('HIT');
      s.data.value = 'written elsewhere';
      file.revision += 1;
      const after = await get(`${s.url}/`);
      expect(after.state).toBe('MISS');
      expect(after.body).toContain('data written elsewhere');
      // Kept again until the revision moves once more.
      expect((await get(`${s.url}/`)).state).toBe('HIT');
      file.revision += 1;
      expect((await get(`${s.url}/`)).state).toBe('MISS');
    } finally {
      setStoredRevisionReader(undefined);
    }
  });

  it("changes for no stranger's request: refused posts and a body sent a byte at a time leave every page cached", async () => {
    const s = await site();
    await get(`${s.url}/`);
    for (let i = 0; i < 5; i++)
      expect((await fetch(`${s.url}/`, { method: 'POST', body: 'x' })).status).toBe(403);
    expect(await get(`${s.url}/`)).toMatchObject({ state: 'HIT', body: expect.stringContaining('data v1') });
    // A post that never finishes sending: pages are still served and kept meanwhile.
    const slow = request(`${s.url}/admin/aid`, { method: 'POST', headers: { 'content-length': '1000' } });
    slow.on('error', () => {});
    slow.write('v');
    expect((await get(`${s.url}/sanctions`)).state).toBe('MISS');
    expect((await get(`${s.url}/sanctions`)).state).toBe('HIT');
    expect((await get(`${s.url}/`)).state).toBe('HIT');
    slow.destroy();
    expect(s.renders()).toBe(2);
  });

  it('drops again, as a write ends, a page rendered after its commit but before Next applied its tags', async () => {
    const s = await site();
    let release = () => {};
    s.holdWrites(new Promise<void>((r) => (release = r)));
    const saved = save(s, 'v2');
    await expect.poll(() => s.data.value).toBe('v2');
    // Rendered between the commit and the end of the write's response: shown, kept for now…
    expect(await get(`${s.url}/`)).toMatchObject({ state: 'MISS', body: expect.stringContaining('data v2') });
    expect((await get(`${s.url}/`)).state).toBe('HIT');
    release();
    await saved;
    // …and gone once the write has ended.
    expect((await get(`${s.url}/`)).state).toBe('MISS');
  });

  it('reads a build file once however writes fall meanwhile, and counts its bytes once', async () => {
    let release = () => {};
    const s = await site({
      page: async (_q, res, n) => {
        res.writeHead(200, { 'content-type': 'application/javascript' });
        await new Promise<void>((r) => (release = r));
        res.end(`chunk ${n}`);
      },
    });
    const chunk = `${s.url}/_next/static/chunks/a1.js`;
    const first = get(chunk);
    await expect.poll(() => s.renders()).toBe(1);
    await save(s, 'v2');
    const second = get(chunk);
    await new Promise((r) => setTimeout(r, 30));
    release();
    expect((await Promise.all([first, second])).map((a) => a.body)).toEqual(['chunk 1', 'chunk 1']);
    expect(s.renders()).toBe(1);
    expect(s.cache.stats().assets).toEqual({ entries: 1, bytes: 'chunk 1'.length });
  });

  it('never classes as a build file, nor keeps, a path with dot-segments, encoded dots, slashes or backslashes', async () => {
    const s = await site();
    for (const path of [
      '/_next/static/../../admin/history',
      '/_next/static/chunks/../a1.js',
      '/_next/static/%2e%2e/%2E%2E/admin/history',
      '/_next/static/chunks%2fa1.js',
      '/_next/static/chunks%5ca1.js',
      '/aid/./1',
      '/aid/%2e',
      '/sources/..',
    ]) {
      await rawGet(`${s.url}${path}`, { cookie: 'session=editor' });
      expect((await rawGet(`${s.url}${path}`)).state, path).toBe('BYPASS');
    }
    expect(s.renders()).toBe(16);
  });

  it('renders once for many simultaneous first requests of the same page', async () => {
    const s = await site();
    let release = () => {};
    s.hold(new Promise<void>((r) => (release = r)));
    const all = Array.from({ length: 8 }, () => get(`${s.url}/sanctions`));
    await new Promise((r) => setTimeout(r, 50));
    release();
    const bodies = await Promise.all(all);
    expect(s.renders()).toBe(1);
    expect(new Set(bodies.map((b) => b.body)).size).toBe(1);
  });

  it('tells shared caches they may keep a public page, and answers a reader who holds it with a 304', async () => {
    const s = await site();
    const first = await fetch(`${s.url}/aid?party=ukraine`);
    const etag = first.headers.get('etag');
    expect(first.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    // Revalidation, first from the cache, then from a render that finds the page unchanged.
    for (const ifNoneMatch of [etag!, `W/${etag}`, `"other", ${etag}`]) {
      const again = await fetch(`${s.url}/aid?party=ukraine`, { headers: { 'if-none-match': ifNoneMatch } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
    }
    // A save changes the page: the old ETag gets the new page, under a new ETag.
    await save(s, 'v2');
    const changed = await fetch(`${s.url}/aid?party=ukraine`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('data v2');
    expect(changed.headers.get('etag')).not.toBe(etag);
    // Nothing personal, admin or failed is marked shareable.
    for (const [path, headers] of [
      ['/', { cookie: 'session=abc' }],
      ['/admin/history', {}],
      ['/missing', {}],
    ] as const) {
      const answer = await fetch(`${s.url}${path}`, { headers, redirect: 'manual' });
      expect(answer.headers.get('cache-control')).toBeNull();
      expect(answer.headers.get('etag')).toBeNull();
    }
  });

  it('answers with a 304 a reader whose page, rendered afresh after a cache drop, came out the same', async () => {
    const s = await site({
      page: (_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<p>data ${s.data.value}</p>`);
      },
    });
    const etag = (await fetch(`${s.url}/`)).headers.get('etag')!;
    s.cache.invalidate();
    const rendered = await fetch(`${s.url}/`, { headers: { 'if-none-match': etag } });
    expect(rendered.status).toBe(304);
    expect(rendered.headers.get('x-response-cache')).toBe('MISS');
    expect(s.renders()).toBe(2);
    // Kept all the same: the next reader without it gets the whole page from the cache.
    const next = await fetch(`${s.url}/`);
    expect([next.status, next.headers.get('x-response-cache'), await next.text()]).toEqual([
      200,
      'HIT',
      '<p>data v1</p>',
    ]);
  });

  it('never serves or keeps what may be personal, an admin page or a failed page', async () => {
    const s = await site();
    for (const [path, headers] of [
      ['/', { cookie: 'session=abc' }],
      ['/?_rsc=x1', { rsc: '1', cookie: 'session=abc' }],
      ['/', { authorization: 'Basic eDp5' }],
      ['/admin/history', {}],
      ['/admin/aid?_rsc=x1', { rsc: '1' }],
      ['/api/parties?q=uk', {}],
      ['/missing', {}],
    ] as const) {
      await get(`${s.url}${path}`, headers);
      await get(`${s.url}${path}`, headers);
    }
    expect(s.renders()).toBe(14);
  });

  it('keeps a public RSC payload apart for each set of router headers, streamed to the first reader as written', async () => {
    let release = () => {};
    let sentBeforeEnd = 0;
    const s = await site({
      page: async (req, res, n) => {
        const failed = req.headers['next-router-segment-prefetch'] === '/failed';
        res.writeHead(200, { 'content-type': 'text/x-component', vary: 'rsc, next-router-state-tree' });
        res.write(`0:["render ${n}"]\n`);
        sentBeforeEnd = res.socket?.bytesWritten ?? 0;
        await new Promise<void>((r) => (release = r));
        res.end(
          failed
            ? '1:E{"digest":"42"}\n'
            : `1:["${req.headers['next-router-segment-prefetch'] ?? 'page'}"]\n`,
        );
      },
    });
    const flight = (segment?: string) => ({
      rsc: '1',
      'next-router-prefetch': '1',
      'next-url': '/aid',
      ...(segment && { 'next-router-segment-prefetch': segment }),
    });
    const load = (path: string, headers: Record<string, string>) => {
      const answer = get(`${s.url}${path}`, headers);
      setTimeout(() => release(), 30);
      return answer;
    };
    const first = await load('/parties/ukraine?_rsc=a1', flight('/_tree'));
    expect(first).toMatchObject({ status: 200, state: 'MISS', body: '0:["render 1"]\n1:["/_tree"]\n' });
    // The first part left before Next ended the payload.
    expect(sentBeforeEnd).toBeGreaterThan(0);
    expect(await get(`${s.url}/parties/ukraine?_rsc=a1`, flight('/_tree'))).toEqual({
      ...first,
      state: 'HIT',
    });
    expect(s.renders()).toBe(1);
    // Another segment, another page of origin, or the page itself: each answered apart.
    expect((await load('/parties/ukraine?_rsc=a1', flight('/parties/$d$slug/__PAGE__'))).body).toContain(
      '__PAGE__',
    );
    expect((await load('/parties/ukraine?_rsc=a1', { ...flight('/_tree'), 'next-url': '/' })).state).toBe(
      'MISS',
    );
    expect((await load('/parties/ukraine?_rsc=a1', {})).body).toContain('["page"]');
    expect(s.renders()).toBe(4);
    // A payload carrying a section the server failed is not kept.
    await load('/parties/ukraine?_rsc=a1', flight('/failed'));
    expect((await load('/parties/ukraine?_rsc=a1', flight('/failed'))).state).toBe('MISS');
    // A save empties them as it does pages.
    await save(s, 'v2');
    expect((await load('/parties/ukraine?_rsc=a1', flight('/_tree'))).body).toContain('render 7');
  });

  it("keeps the build's own files for every reader through saves, stores none from a personal request, and leaves conditional requests to Next", async () => {
    const s = await site({
      page: (req, res, n) => {
        const gzip = /gzip/.test(String(req.headers['accept-encoding']));
        res.writeHead(200, {
          'content-type': 'application/javascript',
          'cache-control': 'public, max-age=31536000, immutable',
          ...(gzip && { 'content-encoding': 'gzip' }),
        });
        res.end(gzip ? gzipSync(`chunk ${n}`) : `chunk ${n}`);
      },
    });
    const chunk = `${s.url}/_next/static/chunks/a1.js`;
    expect(await get(chunk, { 'accept-encoding': 'gzip', cookie: 'session=editor' })).toMatchObject({
      state: 'BYPASS',
      body: 'chunk 1',
    });
    expect(await get(chunk, { 'accept-encoding': 'gzip' })).toMatchObject({ state: 'MISS', body: 'chunk 2' });
    expect(await get(chunk, { 'accept-encoding': 'gzip', cookie: 'session=editor' })).toMatchObject({
      state: 'HIT',
      body: 'chunk 2',
    });
    // Files do not change with the data: a save leaves them, and their time to live is the process's.
    await save(s, 'v2');
    s.clock.now += 3_600_000;
    expect(await get(chunk, { 'accept-encoding': 'gzip', cookie: 'session=reader' })).toMatchObject({
      state: 'HIT',
      body: 'chunk 2',
    });
    expect(await get(chunk, { 'accept-encoding': 'identity' })).toMatchObject({
      state: 'MISS',
      body: 'chunk 3',
    });
    for (const conditional of [{ 'if-none-match': 'W/"1"' }, { range: 'bytes=0-3' }] as Record<
      string,
      string
    >[])
      expect((await get(chunk, { 'accept-encoding': 'gzip', ...conditional })).state).toBe('BYPASS');
    // Other /_next paths (images, data) are not the build's files.
    await get(`${s.url}/_next/image?url=%2Fa.png&w=64&q=75`);
    expect((await get(`${s.url}/_next/image?url=%2Fa.png&w=64&q=75`)).state).toBe('BYPASS');
    // Nor is a name no build wrote.
    await get(`${s.url}/_next/static/chunks/nowhere.js`);
    expect((await get(`${s.url}/_next/static/chunks/nowhere.js`)).state).toBe('BYPASS');
    expect(s.renders()).toBe(9);
  });

  it('does not keep a page whose boundary failed on the server, gzipped or not, nor one that sets a cookie', async () => {
    for (const page of [
      (_q: IncomingMessage, res: ServerResponse) => res.end('<p>ok</p><script>$RX("B:1","digest")</script>'),
      (_q: IncomingMessage, res: ServerResponse) =>
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('<script>$RX("B:0")</script>')),
      (_q: IncomingMessage, res: ServerResponse) =>
        res.writeHead(200, { 'set-cookie': 'a=1' }).end('<p>ok</p>'),
    ]) {
      const s = await site({ page });
      await get(`${s.url}/`);
      await get(`${s.url}/`);
      expect(s.renders()).toBe(2);
    }
  });

  it('keys on the negotiated encoding, and replays gzip bytes only to clients that asked for them', async () => {
    const s = await site({
      page: (req, res) => {
        const gzip = /gzip/.test(String(req.headers['accept-encoding']));
        res
          .writeHead(200, gzip ? { 'content-encoding': 'gzip' } : {})
          .end(gzip ? gzipSync('<p>zipped</p>') : '<p>plain</p>');
      },
    });
    await get(`${s.url}/`, { 'accept-encoding': 'gzip' });
    expect((await get(`${s.url}/`, { 'accept-encoding': 'gzip' })).body).toBe('<p>zipped</p>');
    expect((await get(`${s.url}/`, { 'accept-encoding': 'identity' })).body).toBe('<p>plain</p>');
    expect(s.renders()).toBe(2);
  });

  it('sends and keeps a streamed page with its sections in place, gzipped or not, and other bodies as written', async () => {
    const streamed =
      '<main><!--$?--><template id="B:0"></template><p>loading</p><!--/$--></main><div hidden id="S:0"><p>figures</p></div><script>$RC("B:0","S:0")</script>';
    const inOrder = '<main><!--$--><p>figures</p><!--/$--></main>';
    const s = await site({
      page: (req, res) => {
        const gzip = /gzip/.test(String(req.headers['accept-encoding']));
        const type = req.url === '/data.txt' ? 'text/plain' : 'text/html; charset=utf-8';
        res
          .writeHead(200, { 'content-type': type, ...(gzip && { 'content-encoding': 'gzip' }) })
          .end(gzip ? gzipSync(streamed) : streamed);
      },
    });
    // The first reader too: the page is held until Next ends it, then sent whole.
    for (const encoding of ['gzip', 'identity']) {
      expect(await get(`${s.url}/`, { 'accept-encoding': encoding })).toMatchObject({
        state: 'MISS',
        body: inOrder,
      });
      expect(await get(`${s.url}/`, { 'accept-encoding': encoding })).toMatchObject({
        state: 'HIT',
        body: inOrder,
      });
    }
    await get(`${s.url}/data.txt`);
    expect((await get(`${s.url}/data.txt`)).body).toBe(streamed);
  });

  it('lets a response too big to keep through as it is written, whole, without holding it all', async () => {
    let sentBeforeEnd = 0;
    const s = await site({
      maxEntryBytes: 100,
      page: (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 5; i++) res.write('x'.repeat(40));
        // Past the limit, the bytes went out as written: the reader has them before the end.
        sentBeforeEnd = res.socket?.bytesWritten ?? 0;
        res.end('<p>end</p>');
      },
    });
    const first = await get(`${s.url}/`);
    expect(first).toMatchObject({ status: 200, state: 'MISS', body: `${'x'.repeat(200)}<p>end</p>` });
    expect(sentBeforeEnd).toBeGreaterThan(200);
    expect((await get(`${s.url}/`)).state).toBe('MISS');
    expect(s.renders()).toBe(2);
  });

  it('renders again once an entry is older than its time to live, and evicts the least recent beyond its size', async () => {
    const s = await site();
    await get(`${s.url}/`);
    s.clock.now += 61_000;
    expect((await get(`${s.url}/`)).state).toBe('MISS');

    const small = await site({ maxBytes: 100, page: (_q, res) => res.end('x'.repeat(40)) });
    await get(`${small.url}/a`);
    await get(`${small.url}/b`);
    await get(`${small.url}/a`); // a is now the most recent
    await get(`${small.url}/c`); // 120 bytes: b goes
    expect((await get(`${small.url}/a`)).state).toBe('HIT');
    expect((await get(`${small.url}/b`)).state).toBe('MISS');
    expect(small.cache.stats().bytes).toBeLessThanOrEqual(100);
  });
});
