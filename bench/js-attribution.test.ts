import { encode } from '@jridgewell/sourcemap-codec';
import { describe, expect, it } from 'vitest';
import { charsByOwner, ownerOf, shareOut } from './js-attribution';

// `npm run bench:js` names the package behind each kB: a wrong owner would send a size cut
// after the wrong code.

describe('owners of source files', () => {
  it('names npm packages, scoped ones included', () => {
    expect(ownerOf('turbopack:///[project]/node_modules/recharts/es6/chart/Sankey.js')).toBe('recharts');
    expect(
      ownerOf('turbopack:///[project]/node_modules/@reduxjs/toolkit/dist/redux-toolkit.modern.mjs'),
    ).toBe('@reduxjs/toolkit');
  });

  it('tells React, React DOM and the RSC client apart from the rest of Next', () => {
    expect(
      ownerOf(
        'turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js',
      ),
    ).toBe('react-dom');
    expect(
      ownerOf('turbopack:///[project]/node_modules/next/dist/compiled/react/cjs/react.production.js'),
    ).toBe('react');
    expect(
      ownerOf('turbopack:///[project]/node_modules/next/dist/compiled/react-server-dom-turbopack/client.js'),
    ).toBe('react-server-dom (RSC client)');
    expect(ownerOf('turbopack:///[project]/node_modules/next/src/client/app-dir/link.tsx')).toBe('next');
  });

  it('groups the app by folder, and the bundler by itself', () => {
    expect(ownerOf('turbopack:///[project]/app/ui/charts/lazy-charts.tsx')).toBe('app: app/ui/charts');
    expect(ownerOf('turbopack:///[turbopack]/browser/runtime/base/runtime-base.ts')).toBe(
      'turbopack runtime',
    );
    expect(ownerOf(null)).toBe('(chunk glue)');
  });
});

describe('bytes per owner', () => {
  const sources = [
    'turbopack:///[project]/node_modules/recharts/es6/index.js',
    'turbopack:///[project]/app/page.tsx',
  ];

  it('gives each mapped span to its source, and unmapped text to the bundler', () => {
    // Line 1: `(x` glue, `recharts` from source 0, `;` unmapped, `app` from source 1. Line 2: `app2` from source 1.
    const code = '(xrecharts;app\napp2';
    const mappings = encode([[[2, 0, 0, 0], [10], [11, 1, 0, 0]], [[0, 1, 1, 0]]]);
    const chars = charsByOwner(code, { sources, mappings });
    expect(Object.fromEntries(chars)).toEqual({ '(chunk glue)': 4, recharts: 8, 'app: app': 7 });
    expect([...chars.values()].reduce((a, b) => a + b)).toBe(code.length);
  });

  it('reads an index map (what Turbopack writes), each section at its offset', () => {
    // `(x` glue, then section 1 at column 2: `recharts` from source 0; section 2 on line 2 at column 1: `app2` from source 1.
    const code = '(xrecharts\n;app2';
    const recharts = { sources: [sources[0] ?? null], mappings: encode([[[0, 0, 0, 0]]]) };
    const app = { sources: [sources[1] ?? null], mappings: encode([[[0, 0, 0, 0]]]) };
    const chars = charsByOwner(code, {
      sections: [
        { offset: { line: 0, column: 2 }, map: recharts },
        { offset: { line: 1, column: 1 }, map: app },
      ],
    });
    expect(Object.fromEntries(chars)).toEqual({ '(chunk glue)': 4, recharts: 8, 'app: app': 4 });
  });

  it('shares a chunk gzip size out in proportion, adding up to the chunk', () => {
    const shares = shareOut(
      new Map([
        ['recharts', 300],
        ['react-dom', 100],
      ]),
      1000,
    );
    expect(shares.get('recharts')).toBe(750);
    expect(shares.get('react-dom')).toBe(250);
  });
});
