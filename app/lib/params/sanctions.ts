import 'server-only';
import { AS_OF_PARAMS } from './asof';
import type { SanctionFilter } from '@/db/queries/list/types';
import type { ResolvedParams } from './resolve-params';
import { PARTY_KINDS, SANCTION_MEASURES, SANCTION_STATUSES } from '@/domain/vocabulary';
import { SANCTION_SORTS } from '@/db/queries/list/sorts';
import { DATE_RANGE, LIST_PARAMS, listOrder } from './common';
import { enumParam, slugParam } from './search-params';

export const SANCTION_PARAMS = {
  party: { label: 'party', schema: slugParam },
  imposer: { label: 'imposing party', schema: slugParam },
  target: { label: 'target', schema: slugParam },
  measure: { label: 'measure', schema: enumParam(SANCTION_MEASURES) },
  status: { label: 'status', schema: enumParam(SANCTION_STATUSES) },
  targetKind: { label: 'target kind', schema: enumParam(PARTY_KINDS) },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(SANCTION_SORTS) },
  ...LIST_PARAMS,
  ...AS_OF_PARAMS,
};

/** The query filter for /sanctions from resolved URL values. */
export function toSanctionFilter({
  values,
  parties,
}: ResolvedParams<typeof SANCTION_PARAMS>): SanctionFilter {
  return {
    partyId: parties.party?.id,
    imposingId: parties.imposer?.id,
    targetId: parties.target?.id,
    measure: values.measure,
    statuses: values.status ? [values.status] : undefined,
    targetKind: values.targetKind,
    from: values.from,
    to: values.to,
    q: values.q,
    asof: values.asof,
  };
}

/** The page's order (and its downloads'): date by default; newest, largest and most first. */
export const sanctionOrder = (values: ResolvedParams<typeof SANCTION_PARAMS>['values']) =>
  listOrder(values, 'date', ['date']);
