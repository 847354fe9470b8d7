import { decode } from '@jridgewell/sourcemap-codec';

// Which package each byte of a built chunk comes from, read off the chunk's source map.
// gzip sizes are not additive (a package compresses differently alone than among its
// neighbours), so a chunk's gzip size is shared out in proportion to minified bytes:
// the rows of a table then add up to the chunk sizes the browser really downloads.

export interface SourceMapV3 {
  sources: (string | null)[];
  mappings: string;
}

/** Where a source file belongs: an npm package, React's pieces inside Next, or this app's folder. */
export function ownerOf(source: string | null | undefined): string {
  if (!source) return '(chunk glue)';
  const file = source.replace(/^turbopack:\/\/\//, '').replace(/^\[project\]\//, '');
  if (file.startsWith('[turbopack]')) return 'turbopack runtime';
  const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
  if (!inPackage) return `app: ${file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : file}`;
  const [, name = '', rest = ''] = inPackage;
  if (name !== 'next') return name;
  // Next ships React, React DOM and the scheduler compiled into its own folder.
  const compiled = /^dist\/compiled\/([^/]+)\//.exec(rest)?.[1];
  if (compiled?.startsWith('react-dom')) return 'react-dom';
  if (compiled?.startsWith('react-server-dom')) return 'react-server-dom (RSC client)';
  if (compiled === 'react' || compiled === 'scheduler') return compiled;
  return 'next';
}

/** Characters of generated code per owner (minified code is ASCII, so characters are bytes). */
export function charsByOwner(code: string, map: SourceMapV3): Map<string, number> {
  const owners = map.sources.map(ownerOf);
  const result = new Map<string, number>();
  const add = (owner: string, n: number) => n > 0 && result.set(owner, (result.get(owner) ?? 0) + n);
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  lines.forEach((line, i) => {
    const segments = decoded[i] ?? [];
    // Text before the first mapping, and every segment without a source, is the bundler's own.
    add('(chunk glue)', segments[0]?.[0] ?? line.length);
    segments.forEach((segment, j) => {
      const end = segments[j + 1]?.[0] ?? line.length;
      add(segment.length > 1 ? (owners[segment[1] ?? -1] ?? '(chunk glue)') : '(chunk glue)', end - segment[0]);
    });
    if (i < lines.length - 1) add('(chunk glue)', 1);
  });
  return result;
}

/** Shares `gzipBytes` out over the owners in proportion to their characters. */
export function shareOut(chars: Map<string, number>, gzipBytes: number): Map<string, number> {
  const total = [...chars.values()].reduce((a, b) => a + b, 0);
  return new Map([...chars].map(([owner, n]) => [owner, total ? (gzipBytes * n) / total : 0]));
}

/** Adds `b` into `a`, owner by owner. */
export function addInto(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  for (const [owner, n] of b) a.set(owner, (a.get(owner) ?? 0) + n);
  return a;
}
