import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newAidFields, saveAid, signIn } from './http-editor';
import { createEditorDatabase, EDITOR_PASSWORD } from './safety-database';
import { startServer, type ServerProcess } from './server-process';

// `npm run backup` while editors save, then `npm run restore` into a fresh app that must
// show the figures the first app showed at the moment of the copy; bad files are refused.

const PREFIX = 'Backup ';
let dir: string;
const servers: ServerProcess[] = [];
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-backup-'));
});
test.afterEach(async ({ page }) => {
  await page.goto('about:blank');
  for (const server of servers.splice(0)) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run <script> -- FILE` against the database at `databasePath`. */
function npmRun(
  script: 'backup' | 'restore',
  file: string,
  databasePath: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', file], {
      env: { ...process.env, DATABASE_PATH: databasePath },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The overview's headline figures as a reader sees them (exact dollars from the tooltip). */
async function headlines(page: Page, url: string) {
  await page.goto(url);
  const total = page.getByTestId('committed-total');
  await expect(total).toBeVisible();
  const dollars = async (testId: string) =>
    Number((await page.getByTestId(testId).getAttribute('title'))?.replace(/\D/g, ''));
  return {
    committedUsd: await dollars('committed-total'),
    committedPackages: Number(
      /(\d+) packages?/.exec(await page.locator('.card-total .card-note').innerText())?.[1],
    ),
    humanitarianUsd: await dollars('committed-humanitarian'),
    economic: await page.getByTestId('committed-economic').innerText(),
    military: await page.getByTestId('committed-military').innerText(),
    uncommitted: await page.getByTestId('uncommitted-count').innerText(),
    sanctions: await page.locator('[data-testid^="sanctions-"]').allInnerTexts(),
  };
}

/** What a refused restore must leave as it was: the file itself (same inode), its identity, nothing kept aside. */
function targetState(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const id = db.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).pluck().get();
    return {
      inode: statSync(file).ino,
      id,
      folder: readdirSync(path.dirname(file)).filter((f) => !/-(wal|shm)$/.test(f)),
    };
  } finally {
    db.close();
  }
}

test('the database the server creates, its WAL and a backup of it are readable by their user only', async () => {
  // They hold password hashes, sessions and sign-in attempts.
  const file = path.join(dir, 'data', 'tracker.db');
  servers.push(await startServer(file));
  const copy = path.join(dir, 'copy.db');
  const backup = await npmRun('backup', copy, file);
  expect(backup.code, backup.output).toBe(0);
  for (const f of [file, `${file}-wal`, `${file}-shm`, copy]) expect(statSync(f).mode & 0o777, f).toBe(0o600);
  expect(statSync(path.dirname(file)).mode & 0o077, 'the folder the server made').toBe(0);
});

test('a backup taken during saves restores into an app showing the figures of that moment', async ({
  page,
}) => {
  // About 30 s on a quiet machine: three server starts, five `npm run`s.
  test.setTimeout(180_000);
  const { file, emails, parties } = await createEditorDatabase(dir, 1);
  const source = await startServer(file);
  servers.push(source);
  // One sign-in (~1 s of scrypt); three editors share its session.
  const session = await signIn(source.url, emails[0]!, EDITOR_PASSWORD);
  const cookies = [session, session, session];

  const amounts = new Map<string, number>();
  const acknowledged: string[] = [];
  let writing = true;
  let sequence = 0;
  const editors = cookies.map(async (cookie, e) => {
    for (let n = 1; writing; n++) {
      const title = `${PREFIX}e${e + 1} n${n}`;
      const amount = 1_000_000 + sequence++;
      const result = await saveAid(source.url, cookie, newAidFields(title, amount, parties));
      expect(result.id, result.body.slice(0, 200)).not.toBeNull();
      amounts.set(title, amount);
      acknowledged.push(title);
    }
  });
  const acks = (n: number) =>
    expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(n);

  await acks(8);
  const savedBefore = [...acknowledged];
  const backupFile = path.join(dir, 'backups', 'tracker-backup.db');
  const backup = await npmRun('backup', backupFile, file);
  // Writes go on after the copy, so it must leave some out: the figures of its moment only.
  await acks(acknowledged.length + 4);
  writing = false;
  await Promise.all(editors);

  expect(backup.code, backup.output).toBe(0);
  expect(backup.output).toContain('integrity_check ok');
  const copy = new Database(backupFile, { readonly: true });
  const inCopy = new Set(
    copy.prepare('SELECT title FROM aid_packages WHERE title LIKE ?').pluck().all(`${PREFIX}%`) as string[],
  );
  expect(backup.output).toMatch(
    new RegExp(`aid_packages\\s+${copy.prepare('SELECT count(*) FROM aid_packages').pluck().get()}\\n`),
  );
  copy.close();
  expect(
    savedBefore.filter((t) => !inCopy.has(t)),
    'saved before the backup began',
  ).toEqual([]);
  const after = acknowledged.filter((t) => !inCopy.has(t));
  expect(after.length).toBeGreaterThan(0);
  console.log(
    `backup during ${cookies.length} editors' saves: ${backup.output.split('\n')[0]} ` +
      `${inCopy.size} of ${acknowledged.length} acknowledged saves in it, ${after.length} made after its moment`,
  );

  const atEnd = await headlines(page, source.url);
  const lateUsd = after.reduce((sum, t) => sum + amounts.get(t)!, 0);
  const expected = {
    ...atEnd,
    committedUsd: atEnd.committedUsd - lateUsd,
    committedPackages: atEnd.committedPackages - after.length,
    humanitarianUsd: atEnd.humanitarianUsd - lateUsd,
  };

  // Restore into a fresh location and serve it.
  const restoredFile = path.join(dir, 'restored', 'tracker.db');
  const restore = await npmRun('restore', backupFile, restoredFile);
  expect(restore.code, restore.output).toBe(0);
  const restored = await startServer(restoredFile);
  servers.push(restored);
  expect(await headlines(page, restored.url)).toEqual(expected);

  // While that app runs, a restore onto its file is refused; so are a corrupt file and one
  // from a newer version of the app. The database stays exactly as it was.
  const before = targetState(restoredFile);
  const corrupt = path.join(dir, 'corrupt.db');
  const bytes = readFileSync(backupFile);
  bytes.fill(0x5a, 4096, 3 * 4096);
  writeFileSync(corrupt, bytes);
  const newer = path.join(dir, 'newer.db');
  copyFileSync(backupFile, newer);
  const db = new Database(newer);
  db.prepare(
    `INSERT INTO __drizzle_migrations (hash, created_at) SELECT 'from-the-future', max(created_at) + 1 FROM __drizzle_migrations`,
  ).run();
  db.close();
  const [busy, badFile, newerFile] = await Promise.all([
    npmRun('restore', backupFile, restoredFile),
    npmRun('restore', corrupt, restoredFile),
    npmRun('restore', newer, restoredFile),
  ]);
  expect(busy.code).toBe(1);
  expect(busy.output).toContain('the database is in use; stop the app first');
  expect(badFile.code).toBe(1);
  expect(badFile.output).toMatch(/Refused .*corrupt\.db: (the integrity check failed|it cannot be read)/);
  expect(newerFile.code).toBe(1);
  expect(newerFile.output).toContain('its schema is newer than this version of the app');
  expect(targetState(restoredFile)).toEqual(before);
  expect(await headlines(page, restored.url)).toEqual(expected);
});
