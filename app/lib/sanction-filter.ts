import 'server-only';
import type { SanctionFilter } from '@/db/queries/list/filters';
import type { SANCTION_PARAMS } from './filters';
import type { ResolvedParams } from './resolve-params';

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
  };
}
