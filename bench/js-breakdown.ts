// `npm run bench:js -- [--route /] [--db file.db] [--port 3420] [--no-build]`: every script a
// route loads, with its gzip size and the packages inside it, before and after the lazily
// loaded charts. Builds apart (JS_BREAKDOWN=1: .next/js-breakdown, with source maps, see
// next.config.js), so the app's own .next is left as it was and never serves source maps.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { NEXT } from '../scripts/build-if-stale.mjs';
import { ensureDataset } from './dataset';
import { addInto, charsByOwner, shareOut, type SourceMapV3 } from './js-attribution';
import { CHROMIUM, loadedScripts, scriptsInHtml, staticFile } from './js-size';
import { startApp } from './server';

const ROOT = path.resolve(import.meta.dirname, '..');
const STATIC_DIR = path.join(ROOT, '.next', 'js-breakdown', 'static');
const MAP_COMMENT = /\n?\/\/# sourceMappingURL=(\S+)\s*$/;

interface Chunk {
  url: string;
  initial: boolean;
  raw: number;
  gzip: number;
  /** gzip bytes per package, shared out by minified size. */
  owners: Map<string, number>;
}

/** A chunk as a normal build serves it: without the source-map comment, gzipped at zlib's default level. */
function readChunk(url: string, initial: boolean): Chunk {
  const file = staticFile(url, STATIC_DIR);
  const text = readFileSync(file, 'utf8');
  const mapName = MAP_COMMENT.exec(text)?.[1];
  const code = text.replace(MAP_COMMENT, '');
  const gzip = gzipSync(code).length;
  const mapFile = mapName ? path.join(path.dirname(file), mapName) : `${file}.map`;
  const chars = existsSync(mapFile)
    ? charsByOwner(code, JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapV3)
    : new Map([['(no source map)', code.length]]);
  return { url, initial, raw: Buffer.byteLength(code), gzip, owners: shareOut(chars, gzip) };
}

/** A throw-away copy with its own identity, so no cached page of another copy answers; the original is only read. */
function copyDatabase(original: string): { file: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'js-breakdown-'));
  const file = path.join(dir, 'app.db');
  for (const suffix of ['', '-wal'])
    if (existsSync(original + suffix)) copyFileSync(original + suffix, file + suffix);
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare(`UPDATE app_meta SET value = ? WHERE key = 'database_id'`).run(randomUUID());
  } finally {
    db.close();
  }
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `next build` into .next/js-breakdown. Next points tsconfig.json and next-env.d.ts at the types of the dist dir it builds: put them back. */
function build(): void {
  console.log('Building into .next/js-breakdown (with source maps)…');
  const kept = ['tsconfig.json', 'next-env.d.ts']
    .map((name) => path.join(ROOT, name))
    .filter((file) => existsSync(file));
  const contents = kept.map((file) => readFileSync(file));
  try {
    if (spawnSync(NEXT, ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0)
      throw new Error('next build failed');
  } finally {
    kept.forEach((file, i) => writeFileSync(file, contents[i] ?? ''));
  }
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const top = (owners: Map<string, number>, n: number) => [...owners].sort((a, b) => b[1] - a[1]).slice(0, n);

function render(route: string, chunks: Chunk[]): string {
  const initial = chunks.filter((c) => c.initial);
  const lazy = chunks.filter((c) => !c.initial);
  const total = (list: Chunk[]) => list.reduce((s, c) => s + c.gzip, 0);
  const byOwner = (list: Chunk[]) =>
    list.reduce((acc, c) => addInto(acc, c.owners), new Map<string, number>());
  const early = byOwner(initial);
  const late = byOwner(lazy);
  const owners = top(addInto(new Map(early), late), Infinity).map(([o]) => o);
  const lines = [
    `## ${route}: ${kB(total(initial))} kB gzip named in the HTML, ${kB(total(chunks))} kB once the page has settled`,
    '',
    '| chunk | loaded | raw kB | gzip kB | contents (gzip kB) |',
    '|---|---|---|---|---|',
    ...chunks.map(
      (c) =>
        `| ${path.basename(c.url)} | ${c.initial ? 'HTML' : 'lazy'} | ${kB(c.raw)} | ${kB(c.gzip)} | ${top(
          c.owners,
          4,
        )
          .map(([o, b]) => `${o} ${kB(b)}`)
          .join(', ')} |`,
    ),
    '',
    '| package | HTML kB | lazy kB |',
    '|---|---|---|',
    ...owners.map(
      (o) =>
        `| ${o} | ${early.has(o) ? kB(early.get(o) ?? 0) : '—'} | ${late.has(o) ? kB(late.get(o) ?? 0) : '—'} |`,
    ),
    `| **total** | **${kB(total(initial))}** | **${kB(total(lazy))}** |`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      route: { type: 'string', multiple: true, default: ['/'] },
      db: { type: 'string' },
      port: { type: 'string', default: '3420' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  if (!CHROMIUM) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  process.env.JS_BREAKDOWN = '1';
  if (!values['no-build']) build();
  // Which charts draw depends on the data: measure on the bench's 10k rows, or a copy of --db.
  const copy = copyDatabase(values.db ? path.resolve(values.db) : await ensureDataset(10_000, 1));
  const server = await startApp(copy.file, Number(values.port)).catch(
    (error: unknown) => (copy.remove(), Promise.reject(error)),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    for (const route of values.route) {
      const inHtml = new Set(scriptsInHtml(await (await fetch(`${server.url}${route}`)).text()));
      const { settled, charts } = await loadedScripts(browser, `${server.url}${route}`);
      const urls = [...inHtml, ...[...settled, ...charts].filter((u) => !inHtml.has(u))];
      console.log(
        `\n${render(
          route,
          urls.map((u) => readChunk(u, inHtml.has(u))),
        )}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
    copy.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
