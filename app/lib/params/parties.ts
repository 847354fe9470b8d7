import 'server-only';
import { AS_OF_PARAMS } from './asof';
import type { PartyFilter } from '@/db/queries/list/types';
import type { ResolvedParams } from './resolve-params';
import { PARTY_KINDS } from '@/domain/vocabulary';
import { PARTY_SORTS } from '@/db/queries/list/sorts';
import { LIST_PARAMS, listOrder } from './common';
import { enumParam } from './search-params';

export const PARTY_ROLES = ['donor', 'recipient', 'imposer', 'target'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_PARAMS = {
  kind: { label: 'kind', schema: enumParam(PARTY_KINDS) },
  role: { label: 'role', schema: enumParam(PARTY_ROLES) },
  sort: { label: 'sort', schema: enumParam(PARTY_SORTS) },
  ...LIST_PARAMS,
  ...AS_OF_PARAMS,
};

/** The query filter for /parties from resolved URL values. */
export function toPartyFilter({ values }: ResolvedParams<typeof PARTY_PARAMS>): PartyFilter {
  return { kind: values.kind, role: values.role, q: values.q, asof: values.asof };
}

/** The page's order (and its downloads'): name by default; newest, largest and most first. */
export const partyOrder = (values: ResolvedParams<typeof PARTY_PARAMS>['values']) =>
  listOrder(values, 'name', ['given', 'received', 'imposed', 'targeted']);
