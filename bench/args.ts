import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Rows of aid and of sanctions at each scale (aid = sanctions = N). */
  scales: number[];
  /** Seconds of load per route and connection count. */
  duration: number;
  connections: number[];
  seed: number;
  /** Port of the app; the floor server takes the next one. */
  port: number;
  /** Saves timed for write-to-visible. */
  saves: number;
  /** Timed runs per dashboard query (fewer when a query is slow: see queries.ts). */
  queryRuns: number;
  /** Markdown file to write the report to. */
  write?: string;
}

export const DEFAULT_SCALES = [10_000, 100_000, 1_000_000];

/** `10k` → 10000, `1m` → 1000000, `2500` → 2500. */
export function parseScale(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`--scale: "${text}" is not a row count like 10k, 100k or 1m`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase() as '' | 'k' | 'm'];
  const n = Math.round(Number(match[1]) * factor);
  if (n < 1) throw new Error(`--scale: "${text}" must be at least 1 row`);
  return n;
}

/** 10000 → `10k`, 1000000 → `1M`: how scales are named in the report. */
export function scaleLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name}: "${text}" must be a whole number of at least 1`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10,50' },
      seed: { type: 'string', default: '1' },
      port: { type: 'string', default: '3220' },
      saves: { type: 'string', default: '10' },
      'query-runs': { type: 'string', default: '30' },
      write: { type: 'string' },
    },
  });
  const list = (text: string) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const scales = values.scale ? list(values.scale).map(parseScale) : DEFAULT_SCALES;
  return {
    scales: [...new Set(scales)].sort((a, b) => a - b),
    duration: positiveInt('duration', values.duration),
    connections: list(values.connections).map((c) => positiveInt('connections', c)),
    seed: positiveInt('seed', values.seed),
    port: positiveInt('port', values.port),
    saves: positiveInt('saves', values.saves),
    queryRuns: positiveInt('query-runs', values['query-runs']),
    write: values.write,
  };
}
