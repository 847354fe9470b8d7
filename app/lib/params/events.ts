import 'server-only';
import { AS_OF_PARAMS } from './asof';
import type { EventFilter } from '@/db/queries/list/types';
import type { ResolvedParams } from './resolve-params';
import { EVENT_SORTS } from '@/db/queries/list/sorts';
import { DATE_RANGE, LIST_PARAMS, listOrder } from './common';
import { enumParam, slugParam } from './search-params';

export const EVENT_PARAMS = {
  party: { label: 'party', schema: slugParam },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(EVENT_SORTS) },
  ...LIST_PARAMS,
  ...AS_OF_PARAMS,
};

/** The query filter for /events from resolved URL values. */
export function toEventFilter({ values, parties }: ResolvedParams<typeof EVENT_PARAMS>): EventFilter {
  return { partyId: parties.party?.id, from: values.from, to: values.to, q: values.q, asof: values.asof };
}

/** The page's order (and its downloads'): date by default; newest, largest and most first. */
export const eventOrder = (values: ResolvedParams<typeof EVENT_PARAMS>['values']) =>
  listOrder(values, 'date', ['date']);
