import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

// Through the proxy, as the server runs it: a client over a small limit is refused, others
// are not, and preflights pass untouched.

const holder = globalThis as typeof globalThis & { __apiRateLimiter?: unknown };
const previous = process.env.API_RATE_LIMIT;
beforeAll(() => {
  process.env.API_RATE_LIMIT = '3';
  delete holder.__apiRateLimiter;
});
afterAll(() => {
  if (previous === undefined) delete process.env.API_RATE_LIMIT;
  else process.env.API_RATE_LIMIT = previous;
  delete holder.__apiRateLimiter;
});

const ask = (address: string, method = 'GET', headers: Record<string, string> = {}) =>
  proxy(
    new NextRequest('http://localhost/api/v1/ftm', {
      method,
      headers: { 'x-forwarded-for': address, ...headers },
    }),
  );

describe('the API rate limit', () => {
  it('lets a client make its share of requests, saying what is left, then answers 429 until the window ends', async () => {
    const first = await ask('198.51.100.7');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"api";q=3;w=60');
    expect(first.headers.get('ratelimit')).toMatch(/^"api";r=2;t=(60|59)$/);
    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    await ask('198.51.100.7');
    expect((await ask('198.51.100.7')).headers.get('ratelimit-remaining')).toBe('0');

    const refused = await ask('198.51.100.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(await refused.json()).toMatchObject({ status: 429, title: 'Too many requests' });

    // Another client, and a preflight from the throttled one, are not held back.
    expect((await ask('198.51.100.8')).status).toBe(200);
    const preflight = await ask('198.51.100.7', 'OPTIONS', {
      Origin: 'https://reader.example',
      'Access-Control-Request-Method': 'GET',
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('ratelimit')).toBeNull();
  });

  it('counts a client by the last X-Forwarded-For hop, the one the server vouches for', async () => {
    for (let i = 0; i < 3; i++) await ask(`203.0.113.${i}, 192.0.2.50`);
    expect((await ask('203.0.113.99, 192.0.2.50')).status).toBe(429);
  });
});
