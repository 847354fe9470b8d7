import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { discardRest } from './body-limit.mjs';
import { answerPlainly } from './plain-answer.mjs';
import { refusal } from './request-guard.mjs';
import { listen, send, type Answer, type TestServer } from './test-server';

// The guard as serve.mjs runs it, first thing for every request: refused requests get a
// plain answer, the others reach the next handler (here one that says so).
let server: TestServer;
beforeAll(async () => {
  server = await listen((req, res) => {
    const refused = refusal(req);
    if (!refused) return res.end('passed');
    answerPlainly(res, refused.status, refused.sentence, refused.headers);
    discardRest(req);
  });
});
afterAll(() => server.close());

const SLOTS = Symbol.for('tracker.password-hash-slots');
const registry = globalThis as unknown as Record<symbol, unknown>;
afterEach(() => delete registry[SLOTS]);

function expectPlainRefusal(answer: Answer, status: number, what: string) {
  expect(answer.status, what).toBe(status);
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
  expect(answer.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(answer.headers['x-frame-options'], what).toBe('DENY');
  expect(answer.headers['permissions-policy'], what).toContain('camera=()');
  expect(answer.headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(answer.headers['content-security-policy'], what).toContain("default-src 'none'");
  expect(answer.headers['cache-control'], what).toBe('no-store');
  expect(answer.headers['content-type'], what).toBe('text/plain; charset=utf-8');
  expect(answer.body, what).toMatch(/^[A-Z][^\n]*\.$/);
}

describe('refusal', () => {
  it('answers 400 to paths with dot-segments, backslashes or encoded slashes, however written', async () => {
    const paths = [
      '/_next/static/../../admin/history',
      '/_next/static/%2e%2e/%2E%2E/admin/history',
      '/_next/static/.%2e/.%2E/admin/history',
      '/./sources',
      '/sources/.',
      '/sources/..',
      '/sources/%2e',
      '/_next/static%2f..%2fadmin',
      '/_next/static%2F..%2Fadmin',
      '/_next/static\\..\\admin',
      '/_next/static%5c..%5Cadmin',
    ];
    for (const path of paths) expectPlainRefusal(await send(server.port, path), 400, path);
  });

  it('lets through paths whose dots are part of a name, and dots in the query', async () => {
    for (const path of [
      '/',
      '/sources?x=../../admin',
      '/.well-known/security.txt',
      '/a/..b',
      '/a/...',
      '/_next/static/chunks/app.js',
    ]) {
      expect((await send(server.port, path)).body, path).toBe('passed');
    }
  });

  it('answers 405 to methods other than GET, HEAD, POST and OPTIONS, naming those', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await send(server.port, '/admin/login', { method });
      expectPlainRefusal(answer, 405, method);
      expect(answer.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    }
    for (const method of ['GET', 'POST', 'OPTIONS'])
      expect((await send(server.port, '/', { method })).body, method).toBe('passed');
  });

  it('answers 413 to a body whose Content-Length is over 1 MB', async () => {
    const body = Buffer.alloc(1024 * 1024 + 1, 'a');
    const answer = await send(server.port, '/admin/login', {
      method: 'POST',
      headers: { 'content-length': String(body.length) },
      body: [body],
    });
    expectPlainRefusal(answer, 413, 'Content-Length');
  });

  it('answers 503 at once to a sign-in while every password hash is busy, and lets it through otherwise', async () => {
    const signIn = () =>
      send(server.port, '/admin/login?next=%2Fadmin', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: [Buffer.from('x')],
      });
    expect((await signIn()).body, 'no registry yet').toBe('passed');
    registry[SLOTS] = { busy: 1, limit: 2 };
    expect((await signIn()).body, 'one of two busy').toBe('passed');
    registry[SLOTS] = { busy: 2, limit: 2 };
    const busy = await signIn();
    expectPlainRefusal(busy, 503, 'busy');
    expect(busy.headers['retry-after']).toBe('2');
    expect(busy.body).toBe('Sign-in is busy: too many attempts at once. Try again in a few seconds.');
    expect((await send(server.port, '/admin/login')).body, 'the page itself').toBe('passed');
    expect((await send(server.port, '/admin/aid/new', { method: 'POST' })).body, 'other writes').toBe(
      'passed',
    );
  });
});

describe('the import upload', () => {
  it('may send up to 32 MB only as a POST to the import page with a session cookie', async () => {
    const { bodyLimitFor, BODY_LIMIT, IMPORT_BODY_LIMIT } = await import('./request-guard.mjs');
    const req = (method: string, url: string, cookie?: string) =>
      ({ method, url, headers: cookie ? { cookie } : {} }) as unknown as import('node:http').IncomingMessage;
    expect(bodyLimitFor(req('POST', '/admin/import', 'a=1; tracker_session=x'))).toBe(IMPORT_BODY_LIMIT);
    expect(bodyLimitFor(req('POST', '/admin/import'))).toBe(BODY_LIMIT);
    expect(bodyLimitFor(req('POST', '/admin/aid', 'tracker_session=x'))).toBe(BODY_LIMIT);
    expect(bodyLimitFor(req('POST', '/admin/import?x=1', 'not_tracker_session=x'))).toBe(BODY_LIMIT);
  });
});
