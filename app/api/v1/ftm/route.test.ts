import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { GET, HEAD } from './route';

// Outside a Next request there is no render to mark dynamic.
vi.mock('next/server', () => ({ connection: async () => undefined }));

const url = 'http://localhost/api/v1/ftm';
let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

describe('GET /api/v1/ftm', () => {
  it('streams the entities as JSON lines to download, with CORS and an entity tag', async () => {
    const response = await GET(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="entities.ftm.json"');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('etag')).toMatch(/^"ftm-.+-\d+"$/);
    const lines = (await response.text()).trimEnd().split('\n');
    const schemata = new Set(lines.map((line) => (JSON.parse(line) as { schema: string }).schema));
    expect([...schemata].sort()).toEqual([
      'Company',
      'Organization',
      'Payment',
      'Person',
      'PublicBody',
      'Sanction',
    ]);
  });

  it('answers 304 to a request naming the current entity tag, and HEAD without a body', async () => {
    const etag = (await HEAD(new Request(url))).headers.get('etag')!;
    const again = await GET(new Request(url, { headers: { 'If-None-Match': `W/${etag}` } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await HEAD(new Request(url));
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('refuses types it does not serve (406) and unknown parameters (400) as problem details', async () => {
    const html = await GET(new Request(url, { headers: { Accept: 'text/html' } }));
    expect(html.status).toBe(406);
    expect(html.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const jsonl = await GET(new Request(url, { headers: { Accept: 'text/html, application/jsonl;q=0.5' } }));
    expect(jsonl.status).toBe(200);
    await jsonl.body?.cancel();
    const bad = await GET(new Request(`${url}?format=csv`));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      title: 'Invalid parameter',
      errors: { format: ['unknown parameter'] },
    });
  });
});
