import 'server-only';
import type { AidFilter } from '@/db/queries/list/filters';
import { AID_PARAMS, aidStatusesFor } from './filters';
import type { ResolvedParams } from './resolve-params';

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
  };
}
