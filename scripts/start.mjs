// `npm start`: build when the sources are newer than the last build, then serve on PORT
// (default 3000) with ./serve.mjs. The database is created, migrated and seeded by the
// server at start-up.
import { buildIfStale } from './build-if-stale.mjs';

if (!buildIfStale()) process.exit(1);
await import('./serve.mjs');
