import type { BenchOptions } from './args';
import { copyForRun, countRows, ensureDataset, findBigDonor, removeCopy, type Party } from './dataset';
import { createBenchEditor } from './editor';
import { capturePage, startFloor, type FloorServer, type Page } from './floor';
import { measureJs, type JsSize } from './js-size';
import { measurePageViews, type PageViews } from './page-view';
import { runLoad, type LoadResult } from './load';
import { timeQueries, type QueryTiming } from './queries';
import { measureDownload, type DownloadResult } from './download';
import { timeAsOfOverview, type AsOfTiming } from './as-of';
import { benchRoutes, BYPASS_CACHE_HEADERS, type BenchRoute } from './routes';
import { peakRss, startApp, waitForIdle, type AppServer } from './server';
import { summarize } from './stats';
import { measureWriteToVisible, type WriteToVisible } from './write-to-visible';

// Everything measured at one data size, in one run.

export interface LoadPair {
  connections: number;
  app: LoadResult;
  floor: LoadResult;
}

export interface RouteResult extends BenchRoute {
  /** Bytes of the page as served. */
  bytes: number;
  loads: LoadPair[];
  /** Why the route was not measured: its warm-up request failed. */
  error?: string;
}

export interface ScaleResult {
  rows: number;
  counts: Record<string, number>;
  party: Party;
  queries: QueryTiming[];
  /** The overview as of a month before the newest entry. */
  asOfOverview: AsOfTiming;
  coldStartMs: number;
  routes: RouteResult[];
  peakRssBytes: number;
  writeToVisible: WriteToVisible;
  /** Per route path; measured once per run (the build is the same at every scale). */
  js?: Map<string, JsSize>;
  /** Per reader route path, opened in a browser on a fresh server; null without a browser. */
  pageViews?: Map<string, PageViews> | null;
  /** The whole aid list as CSV; undefined when it failed. */
  download?: DownloadResult;
}

const QUERY_BUDGET_MS = 2_000;

export async function benchScale(rows: number, options: BenchOptions, withJs: boolean): Promise<ScaleResult> {
  const file = copyForRun(await ensureDataset(rows, options.seed), rows);
  try {
    return await measure(file, rows, options, withJs);
  } finally {
    removeCopy(file);
  }
}

async function measure(
  file: string,
  rows: number,
  options: BenchOptions,
  withJs: boolean,
): Promise<ScaleResult> {
  const party = findBigDonor(file);
  const counts = countRows(file);
  const editor = await createBenchEditor(file);
  const log = (step: string) => console.log(`[${rows} rows] ${step}`);

  log(`timing dashboard queries (big donor: ${party.slug})…`);
  const queries = timeQueries(file, party, {
    runs: options.queryRuns,
    budgetMs: QUERY_BUDGET_MS,
    onQuery: (name) => log(`  ${name}`),
  });
  log('timing the overview as of a month ago…');
  const asOfOverview = timeAsOfOverview(file, Math.min(options.queryRuns, 10));

  // A fresh server per route: requests autocannon abandons at its deadline go on rendering
  // (minutes of work at 1M), and must not slow the next route down. The first start is the
  // cold start; the peak RSS is the largest of the processes under load.
  let coldStartMs = Number.NaN;
  let peakRssBytes = 0;
  const withServer = async <T>(work: (server: AppServer) => Promise<T>, underLoad: boolean): Promise<T> => {
    const server = await startApp(file, options.port);
    if (Number.isNaN(coldStartMs)) coldStartMs = server.coldStartMs;
    try {
      const result = await work(server);
      if (underLoad) peakRssBytes = Math.max(peakRssBytes, peakRss(server.serverPid));
      return result;
    } catch (error) {
      console.error(server.output().slice(-4000));
      throw error;
    } finally {
      await server.stop();
    }
  };

  log('cold start…');
  const floor = await startFloor(options.port + 1);
  try {
    const routes: RouteResult[] = [];
    for (const route of benchRoutes(party))
      routes.push(await withServer((server) => loadRoute(server, floor, route, options, log), true));
    const paths = routes.map((r) => r.path);
    // A fresh server, so the first reader of each page is the first to ask for it.
    log('page views in a browser…');
    const readerPaths = [...new Set(routes.filter((r) => !r.rendered).map((r) => r.path))];
    const pageViews = await withServer(
      (server) =>
        measurePageViews(server, readerPaths).catch(
          (error: unknown) => (log(`page views not measured: ${describeError(error)}`), undefined),
        ),
      false,
    );
    log('the aid list as CSV…');
    const download = await withServer(
      (server) =>
        measureDownload(server).catch(
          (error: unknown) => (log(`download not measured: ${describeError(error)}`), undefined),
        ),
      false,
    );
    const { js, writeToVisible } = await withServer(async (server) => {
      const js = withJs
        ? await measureJs(server.url, paths).catch(
            (error: unknown) => void log(`client JS not measured: ${describeError(error)}`),
          )
        : undefined;
      log(`write-to-visible (${options.saves} saves)…`);
      const writeToVisible = await measureWriteToVisible(
        server.url,
        file,
        editor,
        party,
        options.saves,
      ).catch(
        (error: unknown): WriteToVisible => (
          log(`write-to-visible failed: ${describeError(error)}`),
          { ...summarize([]), failures: options.saves, error: describeError(error) }
        ),
      );
      return { js, writeToVisible };
    }, false);
    return {
      rows,
      counts,
      party,
      queries,
      asOfOverview,
      coldStartMs,
      routes,
      peakRssBytes,
      writeToVisible,
      js,
      pageViews,
      download,
    };
  } finally {
    await floor.close();
  }
}

/**
 * One route under each connection count, against the floor. A route the server cannot
 * serve (a request failing even alone) is reported as such, and the run goes on.
 */
async function loadRoute(
  server: AppServer,
  floor: FloorServer,
  route: BenchRoute,
  options: BenchOptions,
  log: (step: string) => void,
): Promise<RouteResult> {
  await waitForIdle(server.serverPid);
  const headers = route.rendered ? BYPASS_CACHE_HEADERS : {};
  let page: Page;
  try {
    // Capturing the page is also its warm-up request.
    page = await capturePage(`${server.url}${route.path}`, headers);
  } catch (error) {
    log(`${route.label} failed: ${describeError(error)}`);
    return { ...route, bytes: 0, loads: [], error: describeError(error) };
  }
  floor.serve(page);
  const loads: LoadPair[] = [];
  for (const connections of route.alone
    ? [1, ...options.connections.filter((c) => c !== 1)]
    : options.connections) {
    log(`${route.label} at ${connections} connections…`);
    await waitForIdle(server.serverPid);
    const app = await runLoad(`${server.url}${route.path}`, connections, options.duration, headers);
    await waitForIdle(server.serverPid);
    const floorRun = await runLoad(floor.url, connections, options.duration);
    loads.push({ connections, app, floor: floorRun });
  }
  return { ...route, bytes: page.body.length, loads };
}

/** `fetch failed` says little: add its cause (a timeout, a reset connection). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
