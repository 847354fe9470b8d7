import type { Party } from './dataset';
import { DATE_RANGE } from './query-list';

// The pages under load: the overview, the overview narrowed to the big donor and a year,
// a deep page of the aid list, and the big donor's own page.

export interface BenchRoute {
  /** How the report names it. */
  label: string;
  path: string;
  /** Held to the 150 ms p95 target rather than the overview's 30 ms. */
  filtered: boolean;
}

export function benchRoutes(party: Party): BenchRoute[] {
  return [
    { label: '/', path: '/', filtered: false },
    { label: '/ party + 2022', path: `/?party=${party.slug}&from=${DATE_RANGE.from}&to=${DATE_RANGE.to}`, filtered: true },
    { label: '/aid page 50', path: '/aid?page=50', filtered: true },
    { label: '/parties/<big donor>', path: `/parties/${party.slug}`, filtered: true },
  ];
}
