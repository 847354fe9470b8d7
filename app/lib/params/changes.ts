import 'server-only';
import type { ChangeFilter } from '@/db/queries/changes/change-feed';
import { CHANGE_KINDS, decodeChangeCursor } from '@/domain/changes';
import type { ResolvedParams } from './resolve-params';
import { enumParam, isoDateParam, slugParam, textParam } from './search-params';

// The page's parameters: the feeds' names (kind, party, since, until, cursor), read the
// lenient way every list page reads its URL (what cannot be used is dropped with a notice);
// the feeds themselves refuse it with a 400 (domain/changes.ts).

export const CHANGE_PARAMS = {
  kind: { label: 'kind of entry', schema: enumParam(CHANGE_KINDS) },
  party: { label: 'party', schema: slugParam },
  since: { label: 'start date', schema: isoDateParam },
  until: { label: 'end date', schema: isoDateParam },
  cursor: {
    label: 'position',
    schema: textParam.refine((s) => decodeChangeCursor(s) !== null, 'not a position this page gave'),
  },
};

/** The query filter for /changes from resolved URL values; an inverted range is dropped with a notice. */
export function toChangeFilter({
  values,
  parties,
  notices,
}: ResolvedParams<typeof CHANGE_PARAMS>): ChangeFilter {
  let { since, until } = values;
  if (since && until && since > until) {
    notices.push(`Ignored the date range: ${since} is after ${until}.`);
    since = until = undefined;
  }
  return {
    kind: values.kind,
    partyId: parties.party?.id,
    since,
    until,
    after: values.cursor ? (decodeChangeCursor(values.cursor) ?? undefined) : undefined,
  };
}
