import 'server-only';
import { AS_OF_PARAMS } from './asof';
import type { AidFilter } from '@/db/queries/list/types';
import type { ResolvedParams } from './resolve-params';
import {
  AID_CATEGORIES,
  AID_STATUSES,
  COMMITTED_AID_STATUSES,
  UNCOMMITTED_AID_STATUSES,
  type AidStatus,
} from '@/domain/vocabulary';
import { AID_SORTS } from '@/db/queries/list/sorts';
import { DATE_RANGE, LIST_PARAMS, listOrder } from './common';
import { enumParam, slugParam } from './search-params';

/** Status filter values: each lifecycle stage, plus the two groups the headline cards use. */
export const AID_STATUS_FILTERS = [...AID_STATUSES, 'committed', 'uncommitted'] as const;
export type AidStatusFilter = (typeof AID_STATUS_FILTERS)[number];

export function aidStatusesFor(filter: AidStatusFilter | undefined): readonly AidStatus[] | undefined {
  if (filter === 'committed') return COMMITTED_AID_STATUSES;
  if (filter === 'uncommitted') return UNCOMMITTED_AID_STATUSES;
  return filter ? [filter] : undefined;
}

export const AID_PARAMS = {
  party: { label: 'party', schema: slugParam },
  donor: { label: 'donor', schema: slugParam },
  recipient: { label: 'recipient', schema: slugParam },
  category: { label: 'category', schema: enumParam(AID_CATEGORIES) },
  status: { label: 'status', schema: enumParam(AID_STATUS_FILTERS) },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(AID_SORTS) },
  ...LIST_PARAMS,
  ...AS_OF_PARAMS,
};

/** The query filter for /aid (and aid figures elsewhere) from resolved URL values. */
export function toAidFilter({ values, parties }: ResolvedParams<typeof AID_PARAMS>): AidFilter {
  return {
    partyId: parties.party?.id,
    donorId: parties.donor?.id,
    recipientId: parties.recipient?.id,
    category: values.category,
    statuses: aidStatusesFor(values.status),
    from: values.from,
    to: values.to,
    q: values.q,
    asof: values.asof,
  };
}

/** The page's order (and its downloads'): date by default; newest, largest and most first. */
export const aidOrder = (values: ResolvedParams<typeof AID_PARAMS>['values']) =>
  listOrder(values, 'date', ['date', 'amount']);
