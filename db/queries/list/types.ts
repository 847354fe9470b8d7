import type {
  AidCategory,
  AidStatus,
  PartyKind,
  SanctionMeasure,
  SanctionStatus,
} from '../../../domain/vocabulary';
import type { SortDir } from './sorts';

// The list engine's shared types, apart from its code so that every module of it (filters,
// search, cube counts) and the overview's filter can name them without importing each other.

// Filters as the queries take them: parties already resolved to ids, values validated.

export interface AidFilter {
  /** Donor or recipient. */
  partyId?: number;
  donorId?: number;
  recipientId?: number;
  category?: AidCategory;
  statuses?: readonly AidStatus[];
  from?: string;
  to?: string;
  /** Words matched against the title and description (text-search.ts). */
  q?: string;
  /** The tracker as it stood at the end of this day (YYYY-MM-DD, UTC; db/queries/asof). */
  asof?: string;
}

export interface SanctionFilter {
  /** Imposing party or target. */
  partyId?: number;
  imposingId?: number;
  targetId?: number;
  measure?: SanctionMeasure;
  statuses?: readonly SanctionStatus[];
  targetKind?: PartyKind;
  from?: string;
  to?: string;
  /** Words matched against the title and description (text-search.ts). */
  q?: string;
  /** The tracker as it stood at the end of this day (YYYY-MM-DD, UTC; db/queries/asof). */
  asof?: string;
}

export interface EventFilter {
  partyId?: number;
  from?: string;
  to?: string;
  q?: string;
  /** The tracker as it stood at the end of this day (YYYY-MM-DD, UTC; db/queries/asof). */
  asof?: string;
}

/** Roles a party plays: it has at least one live row on that side. */
export type PartyRoleFilter = 'donor' | 'recipient' | 'imposer' | 'target';

export interface PartyFilter {
  kind?: PartyKind;
  role?: PartyRoleFilter;
  /** Matched against the name. */
  q?: string;
  /** The tracker as it stood at the end of this day (YYYY-MM-DD, UTC; db/queries/asof). */
  asof?: string;
}

export interface SourceFilter {
  language?: string;
  from?: string;
  to?: string;
  /** Matched against the title and publisher. */
  q?: string;
  /** The tracker as it stood at the end of this day (YYYY-MM-DD, UTC; db/queries/asof). */
  asof?: string;
}

/** Which rows a list reads for a page: in its order, or from the other end and reversed. */
export interface ReadWindow {
  dir: SortDir;
  offset: number;
  limit: number;
  /** Read in the opposite order: reverse the rows read. */
  fromEnd: boolean;
}

/**
 * What a list's last read selects instead of the page's row: a download's cells
 * (db/tracker-csv/export.ts), read in the same pass as the page's order, not looked up after.
 * `select` may name the list's aliases; `joins` are LEFT JOINs added after its own.
 */
export interface RowColumns {
  select: string;
  joins: string;
}
