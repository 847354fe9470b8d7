import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { getDb } from '@/db/index';
import { GET, HEAD } from './route';
import { GET as getSha256 } from './sha256/route';
import { GET as getReadme } from './readme/route';

// Outside a Next request there is no render to mark dynamic.
vi.mock('next/server', () => ({ connection: async () => undefined }));

const url = 'http://localhost/api/v1/snapshot';
const EDITOR = 'route-editor@example.org';
let cleanup: () => void;
let scratch: string;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  getDb()
    .$client.prepare(`INSERT INTO users (email, name, password_hash) VALUES (?, 'Editor', 'scrypt$x')`)
    .run(EDITOR);
  scratch = mkdtempSync(path.join(tmpdir(), 'snapshot-download-'));
});
afterAll(() => {
  cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

describe('GET /api/v1/snapshot', () => {
  it('downloads an SQLite file of the public data whose SHA-256 the headers and /sha256 give', async () => {
    const response = await GET(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="tracker-\d{4}-\d{2}-\d{2}\.sqlite"$/,
    );
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    const digest = createHash('sha256').update(bytes);
    const hex = digest.copy().digest('hex');
    expect(response.headers.get('etag')).toBe(`"${hex}"`);
    expect(response.headers.get('repr-digest')).toBe(`sha-256=:${digest.digest('base64')}:`);

    const sums = await getSha256(new Request(`${url}/sha256`));
    expect(sums.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const name = /filename="(.+)"/.exec(response.headers.get('content-disposition')!)![1];
    expect(await sums.text()).toBe(`${hex}  ${name}\n`);

    // Opened as a reader would: the entries are there, the editor is nowhere.
    const file = path.join(scratch, name!);
    writeFileSync(file, bytes);
    expect(bytes.includes(EDITOR)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM parties').pluck().get()).toBeGreaterThan(0);
    db.close();
  });

  it('answers 304 to its entity tag, and HEAD without a body', async () => {
    const head = await HEAD(new Request(url));
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    const again = await GET(new Request(url, { headers: { 'If-None-Match': head.headers.get('etag')! } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves a README of its tables as Markdown', async () => {
    const readme = await getReadme(new Request(`${url}/readme`));
    expect(readme.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await readme.text();
    expect(text).toContain('## sanctions');
    expect(text).toContain('- `target_id` (integer): Target party (`parties.id`).');
  });

  it('refuses types it does not serve (406) and any query parameter (400), as problem details', async () => {
    const html = await GET(new Request(url, { headers: { Accept: 'text/html' } }));
    expect(html.status).toBe(406);
    expect(html.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const json = await getSha256(new Request(`${url}/sha256`, { headers: { Accept: 'application/json' } }));
    expect(json.status).toBe(406);
    const bad = await GET(new Request(`${url}?date=2024-01-01`));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      title: 'Invalid parameter',
      errors: { date: ['unknown parameter'] },
    });
    const badReadme = await getReadme(new Request(`${url}/readme?x=1`));
    expect(badReadme.status).toBe(400);
  });
});
