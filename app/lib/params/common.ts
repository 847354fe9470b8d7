import { dirParam, isoDateParam, pageParam, textParam } from './search-params';

// What every view's URL parameters share; each entity's own are in its module here.
// Validation only: party slugs are looked up later (resolve-params.ts).

export const DATE_RANGE = {
  from: {
    label: 'start date',
    schema: isoDateParam,
    description: 'On or after this day (YYYY-MM-DD): when an entry was announced, or an event happened.',
  },
  to: {
    label: 'end date',
    schema: isoDateParam,
    description: 'On or before this day (YYYY-MM-DD); not before `from`.',
  },
};

export const LIST_PARAMS = {
  q: { label: 'search', schema: textParam },
  page: { label: 'page', schema: pageParam },
  dir: { label: 'sort direction', schema: dirParam },
};

export const PAGE_SIZE = 25;

/** A list's order from its URL values: the sort asked, else its default, in the direction asked, else that sort's own. */
export function listOrder<S extends string>(
  values: { sort?: S; dir?: 'asc' | 'desc' },
  fallback: S,
  descending: readonly S[],
): { sort: S; dir: 'asc' | 'desc' } {
  const sort = values.sort ?? fallback;
  return { sort, dir: values.dir ?? (descending.includes(sort) ? 'desc' : 'asc') };
}
