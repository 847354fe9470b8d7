import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { saveAid, newAidFields, signIn, type AidParties } from './http-editor';
import { createEditorDatabase, EDITOR_PASSWORD, inspectDatabase } from './safety-database';
import { startServer, type ServerProcess } from './server-process';

// Editors keep saving through the real server while it is killed (SIGKILL: no shutdown
// code runs) at a random moment; after every restart the file must be intact, hold every
// save that was acknowledged, with its audit entry, and no part of any other.
// Two independent chains (own database, own server) of ten kills each: one Node server
// uses one core, so two use the machine's two.

const CHAINS = 2;
const ROUNDS = 10;
const EDITORS = 4;
const PREFIX = 'Crash ';

let dir: string;
const servers = new Set<ServerProcess>();
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-crash-'));
});
test.afterEach(async () => {
  for (const server of servers) server.kill('SIGKILL');
  await Promise.all([...servers].map((s) => s.exited));
  servers.clear();
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
  kills: number[];
  restarts: number[];
  /** Saves stored although their answer never came. */
  storedUnanswered: number;
}

/** One editor saving new packages, one after another, until the server goes away. */
async function keepSaving(
  url: string,
  cookie: string,
  name: string,
  parties: AidParties,
  tally: Tally,
): Promise<void> {
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

/** Kill, restart and check, ROUNDS times, on a database of its own. */
async function crashChain(chain: string): Promise<Tally> {
  const folder = path.join(dir, chain);
  mkdirSync(folder);
  const { file, emails, parties } = await createEditorDatabase(folder, EDITORS);
  const tally: Tally = {
    acknowledged: new Set(),
    unanswered: new Set(),
    refused: [],
    sequence: 0,
    kills: [],
    restarts: [],
    storedUnanswered: 0,
  };
  // Ready once the sign-in page answers: it loads what the first save needs, sooner than `/`.
  const start = async () => {
    const server = await startServer(file, { readyPath: '/admin/login' });
    servers.add(server);
    return server;
  };
  let server = await start();
  // Sessions live in the database, so one sign-in per editor lasts through every restart.
  const cookies = await Promise.all(emails.map((email) => signIn(server.url, email, EDITOR_PASSWORD)));

  for (let round = 1; round <= ROUNDS + 1; round++) {
    if (round > 1) {
      const restart = Date.now();
      server = await start();
      tally.restarts.push(Date.now() - restart);
    }
    // Checked while the restarted app holds the file: it has already recovered the WAL.
    const report = inspectDatabase(file, tally.acknowledged, PREFIX);
    expect(report, `${chain}, after restart ${round - 1}`).toEqual({
      integrity: 'ok',
      foreignKeyProblems: 0,
      lost: [],
      duplicated: [],
      halfWritten: 0,
      orphanAudit: 0,
      packages: report.packages,
    });
    if (round > ROUNDS) break;

    const { url } = server;
    // A fresh process takes a second or more over its first save (it loads the modules and
    // renders for the first time); the kill falls at a random moment once saves are flowing.
    const flowing = new Promise<void>((resolve) => (tally.firstAck = resolve));
    const editors = cookies.map((cookie, i) =>
      keepSaving(url, cookie, `${chain} r${round} e${i + 1}`, parties, tally),
    );
    await Promise.race([flowing, Promise.all(editors)]);
    const delay = Math.floor(Math.random() * 700);
    tally.kills.push(delay);
    await new Promise((r) => setTimeout(r, delay));
    server.kill('SIGKILL');
    expect(await server.exited).toBeNull();
    servers.delete(server);
    await Promise.all(editors);
  }
  await server.stop();
  servers.delete(server);

  // And after a clean stop, which checkpoints the WAL into the main file.
  const final = inspectDatabase(file, tally.acknowledged, PREFIX);
  expect(final).toMatchObject({
    integrity: 'ok',
    foreignKeyProblems: 0,
    lost: [],
    duplicated: [],
    halfWritten: 0,
    orphanAudit: 0,
  });
  tally.storedUnanswered = final.packages - tally.acknowledged.size;
  return tally;
}

test('SIGKILL during concurrent saves loses no acknowledged save and leaves no half-written one', async () => {
  // ~30 s on a quiet machine; under other work a restart takes up to ~10 s, and 20 of them add up.
  test.setTimeout(360_000);
  const started = Date.now();
  // Settled, not raced: a failing chain must not leave the other starting servers unwatched.
  const settled = await Promise.allSettled(Array.from({ length: CHAINS }, (_, i) => crashChain(`c${i + 1}`)));
  const chains = settled.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  });

  const all = <T>(pick: (t: Tally) => T[]) => chains.flatMap(pick);
  const sum = (pick: (t: Tally) => number) => chains.reduce((n, t) => n + pick(t), 0);
  expect(
    all((t) => t.refused),
    'saves refused while the server was up',
  ).toEqual([]);
  const kills = all((t) => t.kills);
  const restarts = all((t) => t.restarts).sort((a, b) => a - b);
  console.log(
    `crash test: ${kills.length} SIGKILLs (${CHAINS} chains, ${Math.min(...kills)}–${Math.max(...kills)} ms after the round's first save), ` +
      `${EDITORS} editors each; ${sum((t) => t.acknowledged.size)} saves acknowledged, all present with their audit entry; ` +
      `${sum((t) => t.unanswered.size)} cut off unanswered (${sum((t) => t.storedUnanswered)} of them stored whole, the rest not at all); ` +
      `restart to serving: median ${restarts[restarts.length >> 1]} ms; ${((Date.now() - started) / 1000).toFixed(1)} s in all ` +
      `(load average ${loadavg()[0]!.toFixed(1)})`,
  );
  for (const tally of chains) expect(tally.acknowledged.size).toBeGreaterThan(ROUNDS);
});
