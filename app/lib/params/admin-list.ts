import { enumParam, pageParam, textParam } from './search-params';

/** URL parameters of the admin lists: text search, live/retired, page. */
export const ADMIN_LIST_PARAMS = {
  q: { label: 'search', schema: textParam },
  state: { label: 'state', schema: enumParam(['live', 'retired', 'all'] as const) },
  page: { label: 'page', schema: pageParam },
};

export const RETIRED_OPTIONS = [
  { value: 'live', label: 'Live' },
  { value: 'retired', label: 'Retired' },
  { value: 'all', label: 'All' },
];
