import type { OverviewTableId } from '@/domain/api/overview';
import { withParams } from './params/search-params';

// The links every "Cite or download" control gives: downloads with the page's filters, and a
// permalink that pins the date, so a cited view can be shown again as it was read.

export type Params = Record<string, string | undefined>;

export interface Download {
  /** What the reader gets: `CSV`, `JSON lines`. */
  label: string;
  href: string;
}

/** What a page's "Cite or download" control is given. */
export interface ViewCite {
  /** What the view shows, in words. */
  title: string;
  /** The page's path, without its query. */
  path: string;
  /** The URL's valid values, as the page's links keep them. */
  params: Params;
  /** Today (UTC), the date a permalink pins when the URL has none. */
  today: string;
  downloads: Download[];
  /** What the downloads hold, in a few words. */
  downloadsNote?: string;
  /** The parameter that pins the date: `asof`, or `until` on the change feed. */
  pin?: string;
}

export const OVERVIEW_API = '/api/v1/overview';

/** Where a view is in its list, not which view it is: a download or a citation covers the whole list. */
const POSITION = new Set(['page', 'cursor']);

/** The filters that make the view (order, search and date included), without its position. */
export function viewFilters(params: Params): Params {
  return Object.fromEntries(Object.entries(params).filter(([k, v]) => !POSITION.has(k) && v));
}

/** A download of the view: `api` with the page's filters, then `extra` (`table`), then `format`. */
export function downloadHref(
  api: string,
  params: Params,
  format?: 'csv' | 'ndjson',
  extra: Params = {},
): string {
  return `${api}${withParams({ ...viewFilters(params), ...extra, format })}`;
}

export const LIST_DOWNLOADS_NOTE = 'every row under these filters, in this order';

/** A list's two downloads, the whole filtered list in the page's order: CSV and JSON lines. */
export function listDownloads(api: string, params: Params): Download[] {
  return [
    { label: 'CSV', href: downloadHref(api, params, 'csv') },
    { label: 'JSON lines', href: downloadHref(api, params, 'ndjson') },
  ];
}

type ChartId = KebabCase<OverviewTableId>;
type KebabCase<S extends string> = S extends `${infer A}_${infer B}` ? `${A}-${KebabCase<B>}` : S;

/** A table of the overview, by its chart's id (`aid-by-donor`, the API's `aid_by_donor`): CSV, and JSON (the API's default). */
export function tableDownloads(chart: ChartId, params: Params): Download[] {
  const table = chart.replaceAll('-', '_');
  return [
    { label: 'CSV', href: downloadHref(OVERVIEW_API, params, 'csv', { table }) },
    { label: 'JSON', href: downloadHref(OVERVIEW_API, params, undefined, { table }) },
  ];
}

/** Today in UTC, `2026-12-08`: the day the tracker's dates (and `asof`) count in. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The view's address with its filters and a date: the URL's own `pin` date when it has one,
 * else today's, so the link shows what the reader saw however the data changes after.
 */
export function permalinkPath(path: string, params: Params, today: string, pin = 'asof'): string {
  const filters = viewFilters(params);
  return `${path}${withParams({ ...filters, [pin]: filters[pin] ?? today })}`;
}
