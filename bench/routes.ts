import type { Party } from './dataset';
import { DATE_RANGE } from './query-list';

// The pages under load: the overview, the overview narrowed to the big donor and a year,
// a deep page of the aid list, and the big donor's own page. Each twice: as a signed-out
// reader asks for it (served from the server's page cache once rendered), and rendered on
// every request, as for a reader arriving after a save or with filters nobody asked for
// yet (the request carries a cookie, which bypasses the cache).

export interface BenchRoute {
  /** How the report names it. */
  label: string;
  path: string;
  /** Held to the 150 ms p95 target rather than the overview's 30 ms. */
  filtered: boolean;
  /** Rendered on every request: the page cache is bypassed. */
  rendered: boolean;
  /** Also timed alone (one connection): the time of one render, with nothing queued before it. */
  alone?: boolean;
  /** A read API answer, held to its own 50 ms p95 target. */
  api?: boolean;
}

/** Any cookie makes a request personal to the page cache (scripts/response-cache.mjs). */
export const BYPASS_CACHE_HEADERS = { cookie: 'bench=rendered' };

export function benchRoutes(party: Party): BenchRoute[] {
  const routes = [
    { label: '/', path: '/', filtered: false },
    {
      label: '/ party + 2022',
      path: `/?party=${party.slug}&from=${DATE_RANGE.from}&to=${DATE_RANGE.to}`,
      filtered: true,
    },
    { label: '/aid page 50', path: '/aid?page=50', filtered: true },
    { label: '/parties/<big donor>', path: `/parties/${party.slug}`, filtered: true },
  ];
  return [
    ...routes.map((r) => ({ ...r, rendered: false })),
    ...routes.map((r) => ({ ...r, label: `${r.label} (rendered)`, rendered: true, alone: r.path === '/' })),
    // A script paging the aid list: the API answers every request itself.
    {
      label: '/api/v1/aid limit=100',
      path: '/api/v1/aid?limit=100',
      filtered: false,
      rendered: true,
      api: true,
    },
  ];
}
