import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Client JavaScript per route, gzipped from the build's own files. Two figures: the
// scripts the HTML names (what the first paint waits for), and everything a browser has
// fetched once the page settles, the charts' lazily loaded code included.

const STATIC_DIR = path.resolve(import.meta.dirname, '..', '.next', 'static');
export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export interface JsSize {
  /** gzip bytes of the `<script src>` files in the HTML. */
  initial: number;
  /** gzip bytes of every script the browser loaded; null without a browser to ask. */
  loaded: number | null;
  /** gzip bytes of the scripts loaded only once every chart has neared the screen (Recharts); null without a browser. */
  charts: number | null;
}

const gzipped = new Map<string, number>();

/** The file behind `/_next/static/…` in a build's static folder. */
export function staticFile(urlPath: string, staticDir = STATIC_DIR): string {
  return path.join(
    staticDir,
    decodeURIComponent(urlPath.replace(/^\/_next\/static\//, '').replace(/[?#].*$/, '')),
  );
}

/** gzip size of `/_next/static/…` from .next/static (cached: the build does not change during a run). */
function gzipSize(urlPath: string): number {
  const file = staticFile(urlPath);
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipped.set(file, size);
  }
  return size;
}

const sum = (paths: Iterable<string>) => [...new Set(paths)].reduce((total, p) => total + gzipSize(p), 0);

/** The scripts a page's HTML makes a modern browser load (`noModule` polyfills are skipped by it). */
export function scriptsInHtml(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) =>
      /\bnomodule\b/i.test(tag)
        ? undefined
        : /\ssrc="(\/_next\/static\/[^"]+\.js)(?:\?[^"]*)?"/.exec(tag)?.[1],
    )
    .filter((src): src is string => src !== undefined);
}

/**
 * Waits until a loaded page has settled: hydrating a large page can outlast networkidle's
 * 500 ms, and lazy chunks and router requests start only after it. Done once the page is
 * idle and a further second brings nothing new to `count`.
 */
export async function settle(page: Page, count: () => number): Promise<void> {
  for (let seen = -1; seen !== count();) {
    seen = count();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
    await page.waitForTimeout(1_000);
    await page.waitForLoadState('networkidle');
  }
}

/**
 * Every `/_next/static/….js` a browser fetches for `url` until the page settles, lazy
 * chunks included; then, apart, what it fetches once every chart is drawn.
 */
export async function loadedScripts(
  browser: Browser,
  url: string,
): Promise<{ settled: string[]; charts: string[] }> {
  const page = await browser.newPage();
  try {
    // Nothing is seen scrolling into view until the page has settled: a link in view could
    // fetch another route's code, and a chart nearing the screen loads the charts' code,
    // counted apart. Then every box the page watches is told it is in view, as a reader
    // scrolling to the end would have them.
    // As text: a function passed here would carry the names tsx's esbuild wraps it in
    // (`__name`), which the page does not define.
    await page.addInitScript(`{
      const watched = [];
      window.drawEverything = () => watched.forEach((see) => see());
      window.IntersectionObserver = class {
        constructor(callback) { this.callback = callback; }
        observe(target) { watched.push(() => this.callback([{ isIntersecting: true, target }], this)); }
        unobserve() {}
        disconnect() {}
        takeRecords() { return []; }
      };
    }`);
    const scripts: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/_next/static/') && pathname.endsWith('.js')) scripts.push(pathname);
    });
    // A page that takes minutes at 1M rows is reported by the load runs, not here.
    await page.goto(url, { waitUntil: 'networkidle', timeout: 180_000 });
    await settle(page, () => scripts.length);
    const settled = [...new Set(scripts)];
    await page.evaluate(() => (window as unknown as { drawEverything: () => void }).drawEverything());
    await settle(page, () => scripts.length);
    return { settled, charts: [...new Set(scripts)].filter((s) => !settled.includes(s)) };
  } finally {
    await page.close();
  }
}

export async function measureJs(baseUrl: string, routes: string[]): Promise<Map<string, JsSize>> {
  const sizes = new Map<string, JsSize>();
  for (const route of routes) {
    const html = await (await fetch(`${baseUrl}${route}`)).text();
    sizes.set(route, { initial: sum(scriptsInHtml(html)), loaded: null, charts: null });
  }
  if (!CHROMIUM) {
    console.warn(
      'No Chromium found (set CHROMIUM_PATH): client JS counts only the scripts named in the HTML.',
    );
    return sizes;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    for (const route of routes) {
      const { settled, charts } = await loadedScripts(browser, `${baseUrl}${route}`);
      const size = sizes.get(route);
      if (size) Object.assign(size, { loaded: sum(settled), charts: sum(charts) });
    }
  } finally {
    await browser.close();
  }
  return sizes;
}
