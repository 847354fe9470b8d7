import { expect } from '@playwright/test';

// What a response must never show a visitor: a stack frame, SQL or the database's words
// for a failure, or a path on the server.
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat \S+ \(\S*:\d+:\d+\)|^\s+at \S+/m],
  ['an error class', /\b(SqliteError|TypeError|RangeError|ReferenceError|ZodError)\b/],
  ['SQL', /\b(SQLITE_\w+|no such (table|column)|SELECT \S+ FROM|syntax error)\b/i],
  ['a server path', /\/work\/|\/home\/|\/tmp\/|node_modules|\.next\/server|\w\.tsx?:\d+/],
];

export function expectNoLeak(body: string, what: string): void {
  for (const [name, pattern] of LEAKS)
    expect(body.match(pattern)?.[0], `${what} shows ${name}`).toBeUndefined();
}
