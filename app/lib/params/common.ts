import { dirParam, isoDateParam, pageParam, textParam } from './search-params';

// What every view's URL parameters share; each entity's own are in its module here.
// Validation only: party slugs are looked up later (resolve-params.ts).

export const DATE_RANGE = {
  from: { label: 'start date', schema: isoDateParam },
  to: { label: 'end date', schema: isoDateParam },
};

export const LIST_PARAMS = {
  q: { label: 'search', schema: textParam },
  page: { label: 'page', schema: pageParam },
  dir: { label: 'sort direction', schema: dirParam },
};

export const PAGE_SIZE = 25;
