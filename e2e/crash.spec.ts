import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { saveAid, newAidFields, signIn, type AidParties } from './http-editor';
import { createEditorDatabase, EDITOR_PASSWORD, inspectDatabase } from './safety-database';
import { startServer, type ServerProcess } from './server-process';

// Editors keep saving through the real server while it is killed (SIGKILL: no shutdown
// code runs) at a random moment; after every restart the file must be intact, hold every
// save that was acknowledged, with its audit entry, and no part of any other.

const ROUNDS = 20;
const EDITORS = 4;
const PREFIX = 'Crash ';

let dir: string;
let server: ServerProcess | undefined;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-crash-'));
});
test.afterEach(async () => {
  server?.kill('SIGKILL');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

interface Tally {
  acknowledged: Set<string>;
  /** Resolves at the round's first acknowledged save. */
  firstAck?: () => void;
  /** Sent, but the connection died before an answer: may or may not be stored. */
  unanswered: Set<string>;
  refused: string[];
  sequence: number;
}

/** One editor saving new packages, one after another, until the server goes away. */
async function keepSaving(url: string, cookie: string, name: string, parties: AidParties, tally: Tally): Promise<void> {
  for (let n = 1; ; n++) {
    const title = `${PREFIX}${name} n${n}`;
    // A distinct amount each time, so no save is held back as a likely duplicate.
    const fields = newAidFields(title, 1_000 + tally.sequence++, parties);
    try {
      const result = await saveAid(url, cookie, fields);
      if (result.id !== null) {
        tally.acknowledged.add(title);
        tally.firstAck?.();
      } else {
        tally.refused.push(`${title}: ${result.status} ${result.body.slice(0, 200)}`);
        return;
      }
    } catch {
      tally.unanswered.add(title);
      return;
    }
  }
}

test('SIGKILL during concurrent saves loses no acknowledged save and leaves no half-written one', async () => {
  // ~3 s a round on a quiet machine (restart, first save); more when the cores are busy.
  test.setTimeout(240_000);
  const started = Date.now();
  const { file, emails, parties } = await createEditorDatabase(dir, EDITORS);
  const tally: Tally = { acknowledged: new Set(), unanswered: new Set(), refused: [], sequence: 0 };
  const kills: number[] = [];
  const restarts: number[] = [];

  // Ready once the sign-in page answers: it loads what the first save needs, sooner than `/`.
  const start = () => startServer(file, { readyPath: '/admin/login' });
  server = await start();
  // Sessions live in the database, so one sign-in per editor lasts through every restart.
  const cookies = await Promise.all(emails.map((email) => signIn(server!.url, email, EDITOR_PASSWORD)));

  for (let round = 1; round <= ROUNDS + 1; round++) {
    const restart = Date.now();
    if (round > 1) {
      server = await start();
      restarts.push(Date.now() - restart);
    }
    // Checked while the restarted app holds the file: it has already recovered the WAL.
    const report = inspectDatabase(file, tally.acknowledged, PREFIX);
    expect(report, `after restart ${round - 1}`).toEqual({
      integrity: 'ok',
      foreignKeyProblems: 0,
      lost: [],
      duplicated: [],
      halfWritten: 0,
      orphanAudit: 0,
      packages: report.packages,
    });
    expect(report.packages).toBeGreaterThanOrEqual(tally.acknowledged.size);
    if (round > ROUNDS) break;

    const url = server.url;
    // A fresh process takes a second or more over its first save (it loads the modules and
    // renders for the first time); the kill falls at a random moment once saves are flowing.
    const flowing = new Promise<void>((resolve) => (tally.firstAck = resolve));
    const editors = cookies.map((cookie, i) => keepSaving(url, cookie, `r${round} e${i + 1}`, parties, tally));
    await Promise.race([flowing, Promise.all(editors)]);
    const delay = Math.floor(Math.random() * 700);
    kills.push(delay);
    await new Promise((r) => setTimeout(r, delay));
    server.kill('SIGKILL');
    expect(await server.exited).toBeNull();
    await Promise.all(editors);
  }
  await server.stop();

  expect(tally.refused, 'saves refused while the server was up').toEqual([]);
  // And after a clean stop, which checkpoints the WAL into the main file.
  const final = inspectDatabase(file, tally.acknowledged, PREFIX);
  expect(final).toMatchObject({ integrity: 'ok', foreignKeyProblems: 0, lost: [], duplicated: [], halfWritten: 0, orphanAudit: 0 });
  const storedUnanswered = final.packages - tally.acknowledged.size;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `crash test: ${ROUNDS} SIGKILLs (${Math.min(...kills)}–${Math.max(...kills)} ms after the first save of the round), ${EDITORS} editors, ` +
      `${tally.acknowledged.size} saves acknowledged, all present with their audit entry; ${tally.unanswered.size} cut off ` +
      `unanswered (${storedUnanswered} of them stored whole, the rest not at all); ` +
      `restart to serving: median ${restarts.sort((a, b) => a - b)[restarts.length >> 1]} ms; ${seconds} s in all ` +
      `(load average ${loadavg()[0]!.toFixed(1)})`,
  );
  expect(tally.acknowledged.size).toBeGreaterThan(ROUNDS);
});
