import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { createSanction, updateSanction } from '@/db/mutations/sanctions';
import { sanctionForm } from '@/domain/validation/sanction';
import { encodeChangeCursor } from '@/domain/changes';
import { GET as getJson } from './route';
import { GET as getAtom } from '@/app/changes/feed.atom/route';

// Outside a request Next's connection() has nothing to wait for.
vi.mock('next/server', () => ({ connection: async () => undefined }));

const EMAIL = 'hidden.editor@example.org';
const NAME = 'Hidden Editor Name';
const HOSTILE = `Freeze <script>alert("x")</script> & 'co' ]]>`;
let cleanup: () => void;

beforeAll(() => {
  cleanup = useTempAppDatabase();
  const db = getDb().$client;
  const editor = Number(
    db.prepare(`INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')`).run(EMAIL, NAME)
      .lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ('tokenhash123', ?, '2099-01-01')`,
  ).run(editor);
  const party = (slug: string) =>
    String(db.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug));
  const input = (status: string) =>
    sanctionForm.parse({
      imposingId: party('european-union'),
      targetId: party('vladimir-putin'),
      measure: 'asset_freeze',
      status,
      announcedOn: '2022-02-25',
      ...(status === 'lifted' && { liftedOn: '2023-01-01' }),
      title: HOSTILE,
      citations: JSON.stringify([{ sourceId: 1, quote: 'citation' }]),
    });
  const { id } = createSanction(input('imposed'), editor);
  updateSanction(id, 1, input('lifted'), editor);
});
afterAll(() => cleanup());

const json = (query = '', headers: HeadersInit = {}) =>
  getJson(new Request(`http://test.local/api/v1/changes${query}`, { headers }));
const atom = (query = '', headers: HeadersInit = {}) =>
  getAtom(new Request(`http://test.local/changes/feed.atom${query}`, { headers }));

describe('GET /api/v1/changes', () => {
  it('lists changes newest first with a cursor, CORS and an ETag', async () => {
    const res = await json('?kind=sanctions&limit=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { data: { action: string; title: string }[]; next: string };
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ action: 'lifted', title: HOSTILE });
    expect(typeof body.next).toBe('string');
    const older = (await (await json(`?kind=sanctions&limit=1&cursor=${body.next}`)).json()) as typeof body;
    expect(older.data[0]?.action).toBe('added');
    const etag = res.headers.get('etag') ?? '';
    const again = await json('?kind=sanctions&limit=1', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it.each([
    ['?colour=red', 'colour', 'unknown parameter'],
    ['?since=2022-02-30', 'since', 'no such date'],
    ['?limit=201', 'limit', 'at most 200'],
    ['?kind=cats', 'kind', 'use one of'],
    ['?party=atlantis', 'party', 'no such party'],
    [
      '?cursor=' + encodeChangeCursor({ at: '2024-01-01T00:00:00.000Z', id: 5 }).replace(/.$/, 'A'),
      'cursor',
      'not a cursor',
    ],
    ['?since=2024-01-02&until=2024-01-01', 'since', 'since is after until'],
    ['?kind=aid&kind=events', 'kind', 'more than once'],
  ])('refuses %s with a 400 naming the parameter', async (query, name, reason) => {
    const res = await json(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await res.json()) as { errors: Record<string, string[]>; detail: string };
    expect(problem.errors[name]?.join(' ')).toContain(reason);
    expect(problem.detail).toContain(name);
  });

  it('answers 406 to an Accept it does not serve, and JSON to a wildcard', async () => {
    const refused = await json('', { Accept: 'text/html' });
    expect(refused.status).toBe(406);
    expect(((await refused.json()) as { detail: string }).detail).toContain('application/json');
    expect((await json('', { Accept: 'text/html, */*;q=0.1' })).status).toBe(200);
  });
});

describe('GET /changes/feed.atom', () => {
  it('is Atom with every title escaped, cacheable, and 304 when unchanged', async () => {
    const res = await atom('?kind=sanctions');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('last-modified')).toMatch(/GMT$/);
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(
      'Freeze &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos; ]]&gt;',
    );
    expect(xml).toMatch(/<entry><id>tag:sanctions-aid-tracker,2026:change\/\d+<\/id><title>Lifted: /);
    expect(xml).toContain(
      '<link rel="self" href="/changes/feed.atom?kind=sanctions" type="application/atom+xml"/>',
    );
    const etag = res.headers.get('etag') ?? '';
    expect((await atom('?kind=sanctions', { 'If-None-Match': `W/${etag}` })).status).toBe(304);
  });

  it('refuses a bad parameter with a problem, not a feed', async () => {
    const res = await atom('?until=yesterday');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string[]> }).errors.until).toBeDefined();
  });
});

describe('the feeds never name an editor', () => {
  it('holds no editor email, name, user id or session anywhere', async () => {
    const bodies = [await (await json('?limit=200')).text(), await (await atom()).text()];
    for (const body of bodies) {
      expect(body).not.toContain(EMAIL);
      expect(body).not.toContain(NAME);
      expect(body).not.toContain('tokenhash123');
      expect(body).not.toMatch(/user_?id|userId|editor|session/i);
    }
  });
});
