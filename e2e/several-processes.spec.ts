import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { E2E_EDITOR } from './editor-account';
import { newAidFields, saveAid, signIn } from './http-editor';
import { startServer, type ServerProcess } from './server-process';

// Two server processes on one database file, as behind a load balancer: each keeps its own
// page cache and its own cached figures, and each must drop them when the other writes.

let dir: string;
let file: string;
let one: ServerProcess;
let other: ServerProcess;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-processes-'));
  file = path.join(dir, 'tracker.db');
  // The first creates the file and its editor; the second opens what is there.
  one = await startServer(file, {
    env: { ADMIN_EMAIL: E2E_EDITOR.email, ADMIN_PASSWORD: E2E_EDITOR.password },
  });
  other = await startServer(file);
});

test.afterAll(async () => {
  await Promise.all([one?.stop(), other?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const page = async (url: string) => {
  const response = await fetch(url);
  return { body: await response.text(), cache: response.headers.get('x-response-cache') };
};

test("a save through one process is on the other's pages within a second, and its cached pages are never replayed after", async () => {
  const before = await page(`${other.url}/`);
  const replayed = await page(`${other.url}/`);
  expect(replayed.cache).toBe('HIT');
  expect(replayed.body).toBe(before.body);

  const ids = new Database(file, { readonly: true });
  const idOf = (slug: string) =>
    ids.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;
  const parties = { donorId: idOf('united-kingdom'), recipientId: idOf('ukraine') };
  ids.close();
  const title = `Aid saved through the other process ${Date.now()}`;
  const cookie = await signIn(one.url, E2E_EDITOR.email, E2E_EDITOR.password);
  const saved = await saveAid(one.url, cookie, newAidFields(title, 250_000_000, parties));
  expect(saved.id, saved.body.slice(0, 300)).not.toBeNull();
  const savedAt = Date.now();

  // The newest entry on the overview's timeline, and in the aid list, of the process that did not save it.
  let after = await page(`${other.url}/`);
  while (!after.body.includes(title) && Date.now() - savedAt < 1_000) after = await page(`${other.url}/`);
  expect(after.body, 'on the other process within a second').toContain(title);
  expect(after.cache).not.toBe('HIT');
  expect((await page(`${other.url}/aid`)).body).toContain(title);
  // Kept again from then on, with the save in it: the page from before is gone for good.
  const kept = await page(`${other.url}/`);
  expect(kept.cache).toBe('HIT');
  expect(kept.body).toContain(title);
  expect((await page(`${one.url}/`)).body).toContain(title);
});
