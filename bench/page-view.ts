import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, settle } from './js-size';
import { BYPASS_CACHE_HEADERS } from './routes';
import { cpuTicks, type AppServer } from './server';

// A page as a reader's browser opens it: the HTML, its scripts, and any RSC request the
// router makes by itself (links prefetch only when reached for), until the page settles. Measured as
// the server's CPU time for the whole view, for the first reader of a page and for the
// readers after them, and how many of the requests the page cache answered.

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface PageView {
  /** Requests to the app: the page and the router's RSC fetches (static files left out). */
  requests: number;
  /** Of those, answered from the page cache. */
  cached: number;
  /** Server CPU time for the view, in ms. */
  cpuMs: number;
}

export interface PageViews {
  first: PageView;
  /** The mean over `repeats` later readers, each in a new browser context. */
  next: PageView;
}

async function viewOnce(browser: Browser, server: AppServer, path: string): Promise<PageView> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    let requests = 0;
    let cached = 0;
    page.on('response', (response) => {
      const { pathname, origin } = new URL(response.url());
      if (origin !== server.url || pathname.startsWith('/_next/static/')) return;
      requests += 1;
      if (response.headers()['x-response-cache'] === 'HIT') cached += 1;
    });
    const before = cpuTicks(server.serverPid);
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle', timeout: 180_000 });
    await settle(page, () => requests);
    const cpuMs = ((cpuTicks(server.serverPid) - before) * 1000) / TICKS_PER_SECOND;
    return { requests, cached, cpuMs };
  } finally {
    await context.close();
  }
}

const mean = (views: PageView[]): PageView => ({
  requests: views.reduce((t, v) => t + v.requests, 0) / views.length,
  cached: views.reduce((t, v) => t + v.cached, 0) / views.length,
  cpuMs: views.reduce((t, v) => t + v.cpuMs, 0) / views.length,
});

/** Each path viewed by a first reader, then by `repeats` more; null without a browser. */
export async function measurePageViews(
  server: AppServer,
  paths: string[],
  repeats = 5,
): Promise<Map<string, PageViews> | null> {
  if (!CHROMIUM) return null;
  // Each page rendered once outside the cache (a cookie bypasses it), so the first reader
  // meets a warm process, as on a server that has been up a while, not module loading.
  for (const path of paths)
    await (await fetch(`${server.url}${path}`, { headers: BYPASS_CACHE_HEADERS })).arrayBuffer();
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const views = new Map<string, PageViews>();
    for (const path of paths) {
      const first = await viewOnce(browser, server, path);
      const next: PageView[] = [];
      for (let i = 0; i < repeats; i++) next.push(await viewOnce(browser, server, path));
      views.set(path, { first, next: mean(next) });
    }
    return views;
  } finally {
    await browser.close();
  }
}
