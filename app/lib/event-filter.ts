import 'server-only';
import type { EventFilter } from '@/db/queries/list/filters';
import type { EVENT_PARAMS } from './filters';
import type { ResolvedParams } from './resolve-params';

/** The query filter for /events from resolved URL values. */
export function toEventFilter({ values, parties }: ResolvedParams<typeof EVENT_PARAMS>): EventFilter {
  return { partyId: parties.party?.id, from: values.from, to: values.to, q: values.q };
}
