import { decode } from '@jridgewell/sourcemap-codec';

// Which package each byte of a built chunk comes from, read off the chunk's source map.
// gzip sizes are not additive (a package compresses differently alone than among its
// neighbours), so a chunk's gzip size is shared out in proportion to minified bytes:
// the rows of a table then add up to the chunk sizes the browser really downloads.

/** A plain source map, or an index map (what Turbopack writes) whose sections are maps placed at offsets. */
export interface SourceMapV3 {
  sources?: (string | null)[];
  mappings?: string;
  sections?: { offset: { line: number; column: number }; map: SourceMapV3 }[];
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

const GLUE = '(chunk glue)';

/** Each generated line's mapped spans as [start column, owner], sorted; an index map's sections flattened in place. */
function spansByLine(map: SourceMapV3, lineCount: number): [number, string][][] {
  const lines: [number, string][][] = Array.from({ length: lineCount }, () => []);
  const place = (m: SourceMapV3, line: number, column: number) => {
    if (m.sections) {
      for (const { offset, map: inner } of m.sections)
        place(inner, line + offset.line, (offset.line === 0 ? column : 0) + offset.column);
      return;
    }
    // A section starts with whatever the bundler put there, until its first mapping.
    lines[line]?.push([column, GLUE]);
    const owners = (m.sources ?? []).map(ownerOf);
    decode(m.mappings ?? '').forEach((segments, i) => {
      for (const segment of segments) {
        const owner = segment.length > 1 ? (owners[segment[1] ?? -1] ?? GLUE) : GLUE;
        lines[line + i]?.push([segment[0] + (i === 0 ? column : 0), owner]);
      }
    });
  };
  place(map, 0, 0);
  for (const spans of lines) spans.sort((a, b) => a[0] - b[0]);
  return lines;
}

/** Characters of generated code per owner (minified code is ASCII, so characters are bytes). */
export function charsByOwner(code: string, map: SourceMapV3): Map<string, number> {
  const result = new Map<string, number>();
  const add = (owner: string, n: number) => n > 0 && result.set(owner, (result.get(owner) ?? 0) + n);
  const lines = code.split('\n');
  const spans = spansByLine(map, lines.length);
  lines.forEach((line, i) => {
    const segments = spans[i] ?? [];
    // Text before the first mapping is the bundler's own.
    add(GLUE, segments[0]?.[0] ?? line.length);
    segments.forEach(([start, owner], j) => add(owner, (segments[j + 1]?.[0] ?? line.length) - start));
    if (i < lines.length - 1) add(GLUE, 1);
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
