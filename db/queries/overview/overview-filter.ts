import type { AidCategory, SanctionMeasure } from '../../../domain/vocabulary';
import type { AidFilter, EventFilter, SanctionFilter } from '../list/types';

/**
 * What the overview can be narrowed to. A party counts on either side (donor or recipient
 * of aid, imposer or target of a sanction, involved in an event); dates are when an entry
 * was announced (events: when they happened). `category` narrows aid only, `measure`
 * sanctions only: neither has a meaning for the other.
 */
export interface OverviewFilter {
  partyId?: number;
  category?: AidCategory;
  measure?: SanctionMeasure;
  from?: string;
  to?: string;
  /** The tracker as it stood at the end of this day (YYYY-MM-DD, UTC; db/queries/asof). */
  asof?: string;
}

export const aidFilterOf = (f: OverviewFilter, extra: AidFilter = {}): AidFilter => ({
  partyId: f.partyId,
  category: f.category,
  from: f.from,
  to: f.to,
  ...extra,
});

export const sanctionFilterOf = (f: OverviewFilter, extra: SanctionFilter = {}): SanctionFilter => ({
  partyId: f.partyId,
  measure: f.measure,
  from: f.from,
  to: f.to,
  ...extra,
});

export const eventFilterOf = (f: OverviewFilter): EventFilter => ({
  partyId: f.partyId,
  from: f.from,
  to: f.to,
});
