import 'server-only';
import { z } from 'zod';
import { NoQuery } from '@/domain/api/query';
import type { ApiRoute } from './descriptor';

// The whole-database download's descriptors (routes.ts lists them).

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export const SNAPSHOT_ROUTES: ApiRoute[] = [
  {
    path: '/api/v1/snapshot',
    operationId: 'getSnapshot',
    summary: 'The whole public database as one SQLite file',
    description:
      'Every table (editors’ accounts, sessions and sign-ins emptied, who made each change blanked), made from an ' +
      'online backup at most every few minutes after a write. Its SHA-256 is the ETag and the `Repr-Digest`; ' +
      '`/api/v1/snapshot/sha256` gives it for `sha256sum -c`, `/api/v1/snapshot/readme` says what each table holds.',
    query: NoQuery,
    media: [
      {
        type: 'application/vnd.sqlite3',
        schema: z.string(),
        description: 'A SQLite database file.',
        headers: ['Content-Disposition', 'Repr-Digest'],
      },
    ],
    headers: ['ETag', 'Last-Modified'],
    conditional: true,
    negotiates: true,
    examples: [
      {
        name: 'file',
        summary: 'The file (binary)',
        query: '',
        type: 'application/vnd.sqlite3',
        response: 'SQLite format 3…',
      },
    ],
  },
  {
    path: '/api/v1/snapshot/sha256',
    operationId: 'getSnapshotSha256',
    summary: "The snapshot's SHA-256, as sha256sum writes it",
    description: 'Save it beside the file and run `sha256sum -c`.',
    query: NoQuery,
    media: [
      {
        type: 'text/plain',
        schema: z.string(),
        description: 'One line: the digest, two spaces, the file name.',
      },
    ],
    headers: ['ETag'],
    conditional: true,
    negotiates: true,
    examples: [
      {
        name: 'line',
        summary: 'The line',
        query: '',
        type: 'text/plain',
        response: `${SHA}  tracker-2026-12-08.sqlite\n`,
      },
    ],
  },
  {
    path: '/api/v1/snapshot/readme',
    operationId: 'getSnapshotReadme',
    summary: "The snapshot's tables and columns, and what each holds",
    description: "Markdown, read from the snapshot's own schema.",
    query: NoQuery,
    media: [{ type: 'text/markdown', schema: z.string(), description: 'A Markdown document.' }],
    headers: ['ETag'],
    conditional: true,
    negotiates: true,
    examples: [
      {
        name: 'readme',
        summary: 'The README (abridged)',
        query: '',
        type: 'text/markdown',
        response: '# The tracker snapshot\n…',
      },
    ],
  },
];
