// Builds the app when a source is newer than the last build. Shared by `npm start` and
// `npm run bench`, so both agree on what counts as a source.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID');
const INPUTS = [
  'app',
  'db',
  'public',
  'drizzle',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
];
export const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (max, name) => Math.max(max, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function buildIsCurrent() {
  if (!existsSync(BUILD_ID)) return false;
  const built = statSync(BUILD_ID).mtimeMs;
  return INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
}

/** Runs `next build` if needed; returns false when the build failed. */
export function buildIfStale() {
  if (buildIsCurrent()) return true;
  console.log('Building the app (sources changed since the last build)…');
  return spawnSync(NEXT, ['build'], { cwd: ROOT, stdio: 'inherit' }).status === 0;
}

// Run directly (the end-to-end tests' server does), it exits 1 when the build failed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !buildIfStale()) process.exit(1);
