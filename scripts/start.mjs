// `npm start`: build when the sources are newer than the last build, then serve on PORT
// (default 3000). The database is created, migrated and seeded by the server at start-up.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID');
const INPUTS = ['app', 'db', 'public', 'drizzle', 'instrumentation.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIsCurrent() {
  if (!existsSync(BUILD_ID)) return false;
  const built = statSync(BUILD_ID).mtimeMs;
  return INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
}

if (!buildIsCurrent()) {
  console.log('Building the app (sources changed since the last build)…');
  const build = spawnSync(NEXT, ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const server = spawn(NEXT, ['start', '--port', port], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
