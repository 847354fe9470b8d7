import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { actionId, callAction, signIn } from './http-editor';
import { E2E_EDITOR } from './editor-account';
import { startServer, type ServerProcess } from './server-process';

// Strangers' writes (refused, unanswerable, or sent a byte a second) must not change what
// readers get: the page cache drops its pages when data commits, never because a request
// arrived. Measured as readers' throughput of a cached `/` alone and while strangers post,
// as a ratio, so a slow machine does not fail it.

const READERS = 8;
const PERIOD_MS = 3_000;

interface Reading {
  perSecond: number;
  hits: number;
  total: number;
}

/** `READERS` loops fetching `/` for `PERIOD_MS`: answers per second, and how many came from the cache. */
async function readThroughput(url: string): Promise<Reading> {
  const until = Date.now() + PERIOD_MS;
  let total = 0;
  let hits = 0;
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (Date.now() < until) {
        const response = await fetch(`${url}/`);
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        total += 1;
        if (response.headers.get('x-response-cache') === 'HIT') hits += 1;
      }
    }),
  );
  return { perSecond: total / (PERIOD_MS / 1000), hits, total };
}

/** A POST that announces 1,000 bytes and sends one a second, until destroyed. */
function slowPost(url: string) {
  const { hostname, port } = new URL(url);
  const req = request({
    hostname,
    port,
    path: '/admin/login',
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'content-length': '1000', origin: url },
  });
  req.on('error', () => {});
  const timer = setInterval(() => req.write('x'), 1_000);
  req.write('x');
  return () => {
    clearInterval(timer);
    req.destroy();
  };
}

/** Every 50 ms, one of the posts a stranger can send without a session. */
function strangersPosting(url: string) {
  const posts: (() => Promise<Response>)[] = [
    // A server action with no such id.
    () =>
      fetch(`${url}/`, {
        method: 'POST',
        headers: { 'next-action': 'ab'.repeat(21), origin: url },
        body: 'x',
      }),
    // A form post from another site (refused by the proxy).
    () =>
      fetch(`${url}/aid`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        body: 'a=1',
      }),
    // A page posted to without any action.
    () => fetch(`${url}/sources`, { method: 'POST', headers: { origin: url }, body: 'x' }),
    // A write action without a session.
    () =>
      callAction(url, '/admin/sources/new', actionId('saveSource'), {
        id: '',
        version: '',
        title: 'Stranger',
        language: 'en',
      }).then(() => new Response()),
  ];
  let sent = 0;
  const statuses: number[] = [];
  const timer = setInterval(() => {
    const post = posts[sent++ % posts.length]!;
    post()
      .then((r) => statuses.push(r.status))
      .catch(() => {});
  }, 50);
  return {
    stop: () => clearInterval(timer),
    sent: () => sent,
    statuses,
  };
}

test.describe('strangers writing', () => {
  test.describe.configure({ timeout: 90_000 });
  let dir: string;
  let server: ServerProcess;
  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tracker-strangers-'));
    // The server creates the editor at start-up, as the shared e2e server does.
    Object.assign(process.env, { ADMIN_EMAIL: E2E_EDITOR.email, ADMIN_PASSWORD: E2E_EDITOR.password });
    server = await startServer(path.join(dir, 'tracker.db'));
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("leave readers' cached pages, and their throughput, as they were", async () => {
    // Warm: `/` rendered once and kept.
    await fetch(`${server.url}/`).then((r) => r.arrayBuffer());
    const alone = await readThroughput(server.url);

    const stopSlow = slowPost(server.url);
    const strangers = strangersPosting(server.url);
    const during = await readThroughput(server.url);
    strangers.stop();
    stopSlow();

    const ratio = during.perSecond / alone.perSecond;
    console.log(
      `readers of /: alone ${alone.perSecond.toFixed(0)} req/s (${alone.hits}/${alone.total} HIT); ` +
        `while strangers posted (${strangers.sent()} posts, one slow body) ${during.perSecond.toFixed(0)} req/s (${during.hits}/${during.total} HIT); ratio ${ratio.toFixed(2)}`,
    );
    expect(strangers.sent()).toBeGreaterThan(PERIOD_MS / 100);
    // None of the strangers' posts was taken as a write.
    expect(strangers.statuses.every((s) => s !== 303)).toBe(true);
    expect(during.hits / during.total).toBeGreaterThan(0.99);
    expect(ratio).toBeGreaterThanOrEqual(0.5);
  });

  test('while an editor’s save shows on the very next load', async () => {
    const cookie = await signIn(server.url, E2E_EDITOR.email, E2E_EDITOR.password);
    const before = await fetch(`${server.url}/sources`);
    await before.arrayBuffer();
    expect((await fetch(`${server.url}/sources`)).headers.get('x-response-cache')).toBe('HIT');
    const title = `Saved while strangers post ${Date.now()}`;
    const saved = await callAction(
      server.url,
      '/admin/sources/new',
      actionId('saveSource'),
      { id: '', version: '', title, language: 'en' },
      cookie,
    );
    expect(saved.redirect).not.toBeNull();
    const after = await fetch(`${server.url}/sources`);
    expect(after.headers.get('x-response-cache')).toBe('MISS');
    expect(await after.text()).toContain(title);
  });
});
