import { cpus, release, totalmem } from 'node:os';
import { scaleLabel, type BenchOptions } from './args';
import type { ScaleResult } from './scale';
import type { ImportBench } from './import';
import { evaluateTargets, kB, MB, ms } from './targets';

// The run as markdown: one table set per scale, the growth between scales, the targets.

const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const rps = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (to: number, from: number) => (Number.isFinite(to / from) ? `×${(to / from).toFixed(2)}` : '—');

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}`;
}

function loadTable(scale: ScaleResult): string {
  const rows = scale.routes.flatMap((route) =>
    route.error
      ? [[route.label, '—', `not measured: ${route.error}`, '', '', '', '', '', '', '']]
      : route.loads.map(({ connections, app, floor }) => [
          route.label,
          String(connections),
          rps(app.requestsPerSecond),
          ms(app.p50),
          ms(app.p95),
          ms(app.p99),
          String(app.errors),
          rps(floor.requestsPerSecond),
          `${((app.requestsPerSecond / floor.requestsPerSecond) * 100).toFixed(1)}%`,
          kB(route.bytes),
        ]),
  );
  return table(
    ['route', 'conns', 'req/s', 'p50', 'p95', 'p99', 'errors', 'floor req/s', 'app / floor', 'page'],
    rows,
  );
}

function pageViewTable(scale: ScaleResult): string {
  const views = scale.pageViews;
  if (!views) return '';
  const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const rows = scale.routes
    .filter((r) => !r.rendered)
    .map((r) => {
      const v = views.get(r.path);
      if (!v) return [r.label, '—', '—', '—', '—'];
      return [
        r.label,
        count(v.first.requests),
        ms(v.first.cpuMs),
        `${count(v.next.cached)} of ${count(v.next.requests)}`,
        ms(v.next.cpuMs),
      ];
    });
  return `### Page views in a browser

A page opened in Chromium until it settles. Requests: the page and any request the router makes by itself (links prefetch only when the reader reaches for them); the build's scripts and styles are left out of the count. Server CPU time for the whole view, those files included, in 10 ms ticks (kernel time for the sockets included). Each page is rendered once beforehand outside the cache, so the first reader meets a warm process. Later readers: the mean of 5, each in a new browser context.

${table(
  [
    'route',
    'requests',
    'first reader: server CPU',
    'later readers: from the page cache',
    'later readers: server CPU',
  ],
  rows,
)}`;
}

function queryTable(scale: ScaleResult): string {
  const rows = scale.queries.map((q) => {
    const scans = q.statements.flatMap((s) => s.fullScans.map((line) => line.trim()));
    return [
      q.name,
      q.filter,
      ms(q.p50),
      ms(q.p95),
      String(q.n),
      scans.length ? `**${scans.join('; ')}**` : '—',
    ];
  });
  return table(['query', 'filter', 'p50', 'p95', 'runs', 'full scans'], rows);
}

/** Each distinct statement once, with its plan and the reads that ran it. */
function plans(scale: ScaleResult): string {
  const statements = new Map<string, { plan: string[]; scans: boolean; runBy: Set<string> }>();
  for (const q of scale.queries) {
    for (const s of q.statements) {
      const entry = statements.get(s.sql) ?? {
        plan: s.plan,
        scans: s.fullScans.length > 0,
        runBy: new Set<string>(),
      };
      entry.runBy.add(q.filter === '—' ? q.name : `${q.name} (${q.filter})`);
      statements.set(s.sql, entry);
    }
  }
  return [...statements.entries()]
    .map(([sql, { plan, scans, runBy }]) => {
      const by = [...runBy].join(', ');
      return `${scans ? '**Full scan.** ' : ''}Run by ${by}.\n\n\`\`\`sql\n${sql}\n\`\`\`\n\`\`\`\n${plan.join('\n')}\n\`\`\``;
    })
    .join('\n\n');
}

function scaleSection(scale: ScaleResult): string {
  const counts = Object.entries(scale.counts)
    .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
    .join(', ');
  const w = scale.writeToVisible;
  return [
    `## ${scaleLabel(scale.rows)} aid + ${scaleLabel(scale.rows)} sanctions`,
    `Rows: ${counts}. Big donor: \`${scale.party.slug}\`.`,
    `### Load (app vs. floor: node:http sending the same bytes from memory)\n\n${loadTable(scale)}`,
    pageViewTable(scale),
    `### Dashboard queries\n\n${queryTable(scale)}`,
    table(
      ['measure', 'figure'],
      [
        ['cold start (spawn → first 200 of `/`)', ms(scale.coldStartMs)],
        ['peak RSS of a server process under load (the largest)', MB(scale.peakRssBytes)],
        [
          `overview as of ${scale.asOfOverview.asof} p50 / p95 (${scale.asOfOverview.createdSince.toLocaleString('en-US')} aid and sanctions created since)`,
          `${ms(scale.asOfOverview.p50)} / ${ms(scale.asOfOverview.p95)}`,
        ],
        [
          `write-to-visible p50 / p95 (${w.n} saves)`,
          `${ms(w.p50)} / ${ms(w.p95)}${w.failures ? ` (${w.failures} not shown as expected)` : ''}${w.error ? `; stopped: ${w.error}` : ''}`,
        ],
      ],
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function growthSection(scales: ScaleResult[]): string {
  const first = scales[0];
  const last = scales.at(-1);
  if (!first || !last || scales.length < 2) return '';
  const p50 = (s: ScaleResult, label: string) =>
    s.routes.find((r) => r.label === label)?.loads.find((l) => l.connections === 10)?.app.p50 ?? Number.NaN;
  const rows = last.routes.map((r) => [
    r.label,
    ...scales.map((s) => ms(p50(s, r.label))),
    ratio(p50(last, r.label), p50(first, r.label)),
  ]);
  const q95 = (s: ScaleResult, name: string, filter: string) =>
    s.queries.find((q) => q.name === name && q.filter === filter)?.p95 ?? Number.NaN;
  const queryRows = last.queries.map((q) => [
    `${q.name} (${q.filter})`,
    ...scales.map((s) => ms(q95(s, q.name, q.filter))),
    ratio(q.p95, q95(first, q.name, q.filter)),
  ]);
  const heads = scales.map((s) => scaleLabel(s.rows));
  const span = `${scaleLabel(first.rows)} → ${scaleLabel(last.rows)}`;
  return [
    '## Growth',
    `Route p50 at 10 connections:\n\n${table(['route', ...heads, span], rows)}`,
    `Query p95:\n\n${table(['query', ...heads, span], queryRows)}`,
  ].join('\n\n');
}

function jsSection(scales: ScaleResult[]): string {
  const js = scales.find((s) => s.js)?.js;
  const routes = scales[0]?.routes ?? [];
  if (!js) return '';
  const rows = routes.map((r) => {
    const size = js.get(r.path);
    return [
      r.label,
      size ? kB(size.initial) : '—',
      size?.loaded == null ? '—' : kB(size.loaded),
      size?.charts == null ? '—' : kB(size.charts),
    ];
  });
  return `## Client JavaScript (gzip, from the build)\n\n${table(['route', 'scripts in the HTML', 'all loaded once the page settles', 'then, once every chart nears the screen'], rows)}`;
}

export function renderReport(
  scales: ScaleResult[],
  options: BenchOptions,
  command: string,
  date = new Date(),
  imports?: ImportBench,
): string {
  const last = scales.at(-1);
  const targets = evaluateTargets(scales, imports);
  const atScale =
    last && last.rows !== 1_000_000
      ? ` Measured at ${scaleLabel(last.rows)}: the targets are set for 1M + 1M.`
      : '';
  return [
    '# Benchmarks',
    `Run on ${date.toISOString().slice(0, 10)} on ${machine()}.\nCommand: \`${command}\` (${options.duration} s per route and connection count, seed ${options.seed}).`,
    `## Targets\n\nJudged on the largest scale of the run.${atScale}\n\n${table(
      ['target', 'result', 'figure'],
      targets.map((t) => [t.target, t.pass ? 'PASS' : '**MISS**', t.figure]),
    )}`,
    ...scales.map(scaleSection),
    growthSection(scales),
    jsSection(scales),
    last
      ? `## Query plans at ${scaleLabel(last.rows)}\n\nEach distinct statement (parameters differ by filter) with the reads that ran it. A SCAN walking an index in ORDER BY order under a LIMIT reads only the first rows: judge it by its time.\n\n${plans(last)}`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
