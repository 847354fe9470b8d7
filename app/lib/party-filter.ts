import 'server-only';
import type { PartyFilter } from '@/db/queries/list/filters';
import type { PARTY_PARAMS } from './filters';
import type { ResolvedParams } from './resolve-params';

/** The query filter for /parties from resolved URL values. */
export function toPartyFilter({ values }: ResolvedParams<typeof PARTY_PARAMS>): PartyFilter {
  return { kind: values.kind, role: values.role, q: values.q };
}
