import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { send, type Answer } from '../scripts/test-server';
import { actionId, signIn } from './http-editor';
import { createEditorDatabase, EDITOR_PASSWORD } from './safety-database';
import { startServer, type ServerProcess } from './server-process';

// Requests the production server refuses before its page cache or Next sees them (issue
// 19 rows 3 and 7), sent byte for byte as written: a browser or fetch would resolve `..`
// and `%2e%2e` before sending.

let dir: string;
let server: ServerProcess;
let port: number;
let email: string;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-guard-'));
  const database = await createEditorDatabase(dir, 1);
  email = database.emails[0]!;
  server = await startServer(database.file);
  port = Number(new URL(server.url).port);
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A stack trace line, as console.error prints an Error. */
const STACK = /\n\s+at /;

function expectPlainRefusal(answer: Answer, what: string) {
  expect(answer.status, what).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
  expect(answer.headers['x-frame-options'], what).toBe('DENY');
  expect(answer.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(answer.headers['permissions-policy'], what).toContain('camera=()');
  expect(answer.headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(answer.headers['content-security-policy'], what).toBeDefined();
  expect(answer.headers['cache-control'], what).toBe('no-store');
}

test('TRACE and a chunked body over 1 MB are refused with a 4xx and the security headers, and log no stack', async () => {
  for (const target of ['/admin/login', '/aid/1', '/']) {
    const trace = await send(port, target, { method: 'TRACE' });
    expectPlainRefusal(trace, `TRACE ${target}`);
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
  }
  // 1.3 MB in 64 kB chunks, no Content-Length, as a form would be posted to sign-in.
  const chunks = Array.from({ length: 20 }, () => Buffer.alloc(65 * 1024, 'a'));
  const headers = { 'content-type': 'text/plain', origin: server.url };
  const large = await send(port, '/admin/login', { method: 'POST', headers, body: chunks });
  expectPlainRefusal(large, 'chunked 1.3 MB');
  expect(large.status).toBe(413);
  expect(large.body).toContain('larger than 1 MB');
  // The server still answers on a new connection.
  expect((await send(port, '/admin/login')).status).toBe(200);
  expect(server.output()).not.toMatch(STACK);
});

// What scripts/body-limit.mjs relies on: Next takes the request it rebuilds with the body.
test('a small body sent in chunks reaches the server action whole', async () => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ next: '', email, password: 'not-the-password-2022' }))
    form.set(`_1_${name}`, value);
  form.set('0', '[{},"$K1"]');
  const encoded = new Request(server.url, { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const headers = {
    'next-action': actionId('signIn'),
    origin: server.url,
    host: new URL(server.url).host,
    accept: 'text/x-component',
    'content-type': encoded.headers.get('content-type')!,
  };
  const answer = await send(port, '/admin/login', {
    method: 'POST',
    headers,
    body: [body.subarray(0, 100), body.subarray(100)],
  });
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('Email or password is incorrect.');
});

test("an address with dot-segments is answered 400, with or without an editor's cookie, and no one is shown the editor's page", async () => {
  const cookie = await signIn(server.url, email, EDITOR_PASSWORD);
  // The cookie is good: the page itself greets the editor.
  expect((await send(port, '/admin/history', { headers: { cookie } })).body).toContain('Signed in as');
  const spellings = [
    '/_next/static/../../admin/history',
    '/_next/static/%2e%2e/%2e%2e/admin/history',
    '/_next/static/%2E%2E/%2E%2E/admin/history',
    '/_next/static/..%2fadmin/history',
  ];
  for (const target of spellings) {
    for (const headers of [{ cookie }, {}] as Record<string, string>[]) {
      const answer = await send(port, target, { headers });
      expect(answer.status, `${target} ${headers.cookie ? 'signed in' : 'anonymous'}`).toBe(400);
      expectPlainRefusal(answer, target);
      expect(answer.body).not.toContain('Signed in as');
    }
  }
  // A reader without a cookie, afterwards, by every spelling and by the page's own address.
  for (const target of [...spellings, '/admin/history']) {
    expect((await send(port, target)).body, target).not.toContain('Signed in as');
  }
  expect(server.output()).not.toMatch(STACK);
});
