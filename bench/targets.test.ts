import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load';
import type { ScaleResult } from './scale';
import { evaluateTargets } from './targets';

// The verdicts printed next to the figures: a target passes only on a figure that meets it.

const run = (p95: number, over: Partial<LoadResult> = {}): LoadResult => ({
  requestsPerSecond: 100,
  p50: p95 / 2,
  p95,
  p99: p95,
  errors: 0,
  responses: 300,
  ...over,
});
const floor = run(1, { requestsPerSecond: 500 });

function scale(rows: number, homeP95: number, over: Partial<ScaleResult> = {}): ScaleResult {
  const route = (label: string, filtered: boolean, p95: number, busy: Partial<LoadResult> = {}) => ({
    label,
    path: label,
    filtered,
    rendered: false,
    bytes: 1000,
    loads: [
      { connections: 10, app: run(p95), floor },
      { connections: 50, app: run(p95 * 4, busy), floor },
    ],
  });
  return {
    rows,
    counts: {},
    party: { id: 1, slug: 'united-states', name: 'United States', topRecipientId: 2 },
    queries: [
      {
        name: 'getAidTotals',
        filter: 'none',
        n: 30,
        p50: 1,
        p95: 2,
        statements: [{ sql: 'SELECT 1', plan: [], fullScans: [] }],
      },
    ],
    asOfOverview: { asof: '2026-11-01', createdSince: 900, n: 10, p50: 60, p95: 90 },
    coldStartMs: 2000,
    routes: [
      route('/', false, homeP95),
      route('/parties/x', true, 100),
      {
        label: '/ (rendered)',
        path: '/',
        filtered: false,
        rendered: true,
        alone: true,
        bytes: 180_000,
        loads: [
          { connections: 1, app: run(40, { p50: 30 }), floor },
          { connections: 10, app: run(100, { requestsPerSecond: 45 }), floor },
          { connections: 50, app: run(400, { requestsPerSecond: 45 }), floor },
        ],
      },
    ],
    peakRssBytes: 300e6,
    writeToVisible: { n: 10, p50: 200, p95: 400, p99: 400, max: 400, failures: 0 },
    js: new Map([['/', { initial: 140_000, loaded: 140_000, charts: 127_000 }]]),
    download: {
      path: '/api/v1/aid?format=csv',
      rows: 1_000_000,
      bytes: 390e6,
      firstByteMs: 5,
      firstRowsMs: 90,
      totalMs: 15_000,
      rowsPerSecond: 66_000,
      peakRssBytes: 250e6,
    },
    ...over,
  };
}

const verdicts = (scales: ScaleResult[]) =>
  Object.fromEntries(evaluateTargets(scales).map((t) => [t.target.split(' ').slice(0, 3).join(' '), t.pass]));

describe('targets', () => {
  it('pass when every figure meets its bar', () => {
    expect(Object.values(verdicts([scale(10_000, 20), scale(1_000_000, 30)])).every(Boolean)).toBe(true);
  });

  it('miss on a slow download, and on one not measured', () => {
    const slow = scale(1_000_000, 30);
    slow.download = { ...slow.download!, rowsPerSecond: 30_000 };
    const csv = (s: ScaleResult) => evaluateTargets([s]).find((t) => t.target.startsWith('CSV'))!;
    expect(csv(slow).pass).toBe(false);
    expect(csv(scale(1_000_000, 30, { download: undefined })).pass).toBe(false);
  });

  it('miss on growth beyond 2×, a slow overview, and a busy run with no completed request', () => {
    const big = scale(1_000_000, 50);
    const parties = big.routes[1];
    if (parties?.loads[1]) parties.loads[1].app = run(0, { responses: 0, p50: Number.NaN, p95: Number.NaN });
    const result = verdicts([scale(10_000, 20), big]);
    expect(result["no route's time"]).toBe(false);
    expect(result['`/` at 10']).toBe(false);
    expect(result['zero errors at']).toBe(false);
    expect(result['cold start ≤']).toBe(true);
    expect(result['an `asof` overview']).toBe(true);
  });

  it('judge pages rendered on every request apart from the cached pages readers get', () => {
    const big = scale(1_000_000, 20);
    const slow = big.routes[1];
    if (slow)
      big.routes.push({
        ...slow,
        label: '/parties/x (rendered)',
        rendered: true,
        loads: slow.loads.map((l) => ({ ...l, app: run(400) })),
      });
    const rows = evaluateTargets([big]).filter((t) => t.target.startsWith('filtered views'));
    expect(rows.map((t) => [t.pass, t.figure])).toEqual([
      [true, '/parties/x 100 ms'],
      [false, '/parties/x (rendered) 400 ms'],
    ]);
  });

  it("judge the first load apart from the charts' code, which loads once a chart nears the screen", () => {
    const lazy = scale(1_000_000, 20, {
      js: new Map([['/', { initial: 149_000, loaded: 149_000, charts: 130_000 }]]),
    });
    expect(verdicts([lazy])['`/` first-load JS']).toBe(true);
    const heavy = scale(1_000_000, 20, {
      js: new Map([['/', { initial: 151_000, loaded: 151_000, charts: 0 }]]),
    });
    expect(verdicts([heavy])['`/` first-load JS']).toBe(false);
  });

  it('judge the rendered overview by its size, its time alone and its pages per second', () => {
    const big = scale(1_000_000, 20);
    const overview = big.routes.find((r) => r.label === '/ (rendered)')!;
    Object.assign(overview, {
      bytes: 290_000,
      loads: [
        { connections: 1, app: run(60, { p50: 41 }), floor },
        { connections: 10, app: run(300, { requestsPerSecond: 30 }), floor },
      ],
    });
    const figures = Object.fromEntries(evaluateTargets([big]).map((t) => [t.target, [t.pass, t.figure]]));
    expect(figures['`/` HTML ≤ 200 kB']).toEqual([false, '290.0 kB']);
    expect(figures['`/` rendered on every request: p50 ≤ 40 ms alone']).toEqual([false, '41.0 ms']);
    expect(figures['`/` rendered on every request: ≥ 40 pages/s at 10 connections']).toEqual([
      false,
      '30.0 pages/s',
    ]);
  });
});
