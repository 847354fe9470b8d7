import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { E2E_EDITOR } from './editor-account';

// The whole public database as a reader downloads it: an SQLite file that `sha256sum -c`
// checks against the published sum, with a README of its tables.

test('the snapshot downloads with a checksum that sha256sum accepts', async ({ request }) => {
  const download = await request.get('/api/v1/snapshot');
  expect(download.status()).toBe(200);
  const headers = download.headers();
  expect(headers['content-type']).toBe('application/vnd.sqlite3');
  const name = /^attachment; filename="(tracker-\d{4}-\d{2}-\d{2}\.sqlite)"$/.exec(
    headers['content-disposition'] ?? '',
  )?.[1];
  expect(name).toBeDefined();
  expect(headers['repr-digest']).toMatch(/^sha-256=:[A-Za-z0-9+/]{43}=:$/);
  expect(headers['ratelimit-policy']).toMatch(/^"api";q=\d+;w=60$/);
  const bytes = await download.body();
  expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  // The server created this editor at start: the public copy must not know them.
  expect(bytes.includes(E2E_EDITOR.email)).toBe(false);

  const sums = await request.get('/api/v1/snapshot/sha256');
  const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-check-'));
  try {
    writeFileSync(path.join(dir, name!), bytes);
    writeFileSync(path.join(dir, `${name}.sha256`), await sums.text());
    expect(execFileSync('sha256sum', ['-c', `${name}.sha256`], { cwd: dir, encoding: 'utf8' })).toBe(
      `${name}: OK\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const again = await request.get('/api/v1/snapshot', { headers: { 'If-None-Match': headers.etag! } });
  expect(again.status()).toBe(304);
  const readme = await request.get('/api/v1/snapshot/readme');
  expect(readme.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect(await readme.text()).toContain('## aid_packages');
  expect((await request.get('/api/v1/snapshot?download=1')).status()).toBe(400);
});
