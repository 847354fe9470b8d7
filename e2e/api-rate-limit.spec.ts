import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type ServerProcess } from './server-process';

// The API's per-client limit on a production server of its own, set to 5 a minute: the
// sixth request is refused with a 429 and when to retry, another client is not, and a
// browser's CORS preflight always passes. Clients are told apart by the X-Forwarded-For a
// trusted proxy would set.

let dir: string;
let server: ServerProcess;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-rate-limit-'));
  server = await startServer(path.join(dir, 'tracker.db'), {
    env: { TRUST_PROXY: '1', API_RATE_LIMIT: '5' },
  });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ask = (client: string, init: RequestInit = {}) =>
  fetch(`${server.url}/api/v1/changes`, {
    ...init,
    headers: { 'x-forwarded-for': client, ...(init.headers as Record<string, string>) },
  });

test('a client over its share of the API is told to wait, others are served', async () => {
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await ask('198.51.100.20'));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
  expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"api";q=5;w=60');
  expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['4', '3', '2', '1', '0']);
  expect(answers[4]!.headers.get('ratelimit')).toMatch(/^"api";r=0;t=\d+$/);

  const refused = await ask('198.51.100.20');
  expect(refused.status).toBe(429);
  const wait = Number(refused.headers.get('retry-after'));
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(60);
  expect(refused.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
  expect(((await refused.json()) as { detail: string }).detail).toMatch(
    /more than 5 API requests in a minute/,
  );

  expect((await ask('198.51.100.21')).status).toBe(200);
  const preflight = await ask('198.51.100.20', {
    method: 'OPTIONS',
    headers: { Origin: 'https://reader.example', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
});
