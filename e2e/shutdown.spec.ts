import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { newAidFields, saveAid, signIn } from './http-editor';
import { createEditorDatabase, EDITOR_PASSWORD, inspectDatabase } from './safety-database';
import { startServer, type ServerProcess } from './server-process';

// SIGTERM (what `docker stop`, systemd and Ctrl-C's SIGINT send) while requests are in
// flight: they finish and succeed, new connections are refused, the database is
// checkpointed and closed, and the process exits 0.

const PREFIX = 'Shutdown ';
let dir: string;
let server: ServerProcess | undefined;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-shutdown-'));
});
test.afterEach(async () => {
  server?.kill('SIGKILL');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

/** A GET on a new connection (no pooled socket): does the server still accept one? */
function freshConnection(url: string): Promise<string> {
  return new Promise((resolve) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      resolve(`HTTP ${response.statusCode}`);
    }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function storedCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT count(*) FROM aid_packages WHERE title LIKE ?')
      .pluck()
      .get(`${PREFIX}%`) as number;
  } finally {
    db.close();
  }
}

test('SIGTERM lets in-flight requests finish, then checkpoints, closes the database and exits 0', async () => {
  test.setTimeout(60_000);
  const { file, emails, parties } = await createEditorDatabase(dir, 2);
  server = await startServer(file);
  const { url } = server;
  const cookie = await signIn(url, emails[0]!, EDITOR_PASSWORD);

  // A sign-in (about a second of scrypt) and a few saves, under way when the signal comes:
  // it is sent once the saves are stored, while their answers are still being rendered.
  let signalledAt = Infinity;
  const finishedAt: number[] = [];
  const signingIn = signIn(url, emails[1]!, EDITOR_PASSWORD).finally(() =>
    finishedAt.push(performance.now()),
  );
  const titles = Array.from({ length: 4 }, (_, i) => `${PREFIX}${i + 1}`);
  const saves = titles.map((title, i) =>
    saveAid(url, cookie, newAidFields(title, 2_000 + i, parties)).finally(() =>
      finishedAt.push(performance.now()),
    ),
  );
  await expect.poll(() => storedCount(file), { timeout: 20_000, intervals: [20] }).toBe(titles.length);
  signalledAt = performance.now();
  server.kill('SIGTERM');
  await expect.poll(() => freshConnection(url), { timeout: 5_000 }).toBe('ECONNREFUSED');
  const refusingAt = performance.now();

  const results = await Promise.all(saves);
  expect(results.map((r) => r.id !== null)).toEqual(titles.map(() => true));
  await signingIn;
  const code = await server.exited;
  const stoppedAt = performance.now();
  const stillRunning = finishedAt.filter((t) => t > signalledAt).length;
  console.log(
    `shutdown: ${stillRunning} of ${finishedAt.length} requests were still in flight at SIGTERM and completed; ` +
      `the last ${Math.round(Math.max(...finishedAt) - signalledAt)} ms after it; exit ${code} ${Math.round(stoppedAt - signalledAt)} ms after the signal`,
  );
  expect(stillRunning).toBeGreaterThan(0);
  // New connections were refused while the last requests were still being answered.
  expect(refusingAt).toBeLessThan(Math.max(...finishedAt));
  expect(code).toBe(0);
  expect(server.output()).toContain('Stopped: requests finished, database checkpointed and closed.');

  // Everything is in the main file: no WAL left to replay.
  expect(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0).toBe(true);
  const report = inspectDatabase(file, titles, PREFIX);
  expect(report).toMatchObject({ integrity: 'ok', lost: [], halfWritten: 0, packages: titles.length });
  const db = new Database(file, { readonly: true });
  expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(2);
  db.close();
});
