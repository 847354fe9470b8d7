// `npm start`: build when the sources are newer than the last build, then serve on PORT
// (default 3000). The database is created, migrated and seeded by the server at start-up.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, NEXT } from './build-if-stale.mjs';

if (!buildIfStale()) process.exit(1);

const port = process.env.PORT || '3000';
const server = spawn(NEXT, ['start', '--port', port], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
