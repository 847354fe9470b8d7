// The shapes of an import plan, apart from the code that makes them (plan.ts, plan-aid.ts)
// and the code that reads them (apply.ts, the preview, the import page).

import type { aidPackages, events, parties, sanctions } from '../schema';
import type { ImportFormat } from '@/domain/vocabulary';
import type { SourceInput } from '@/domain/validation/source';
import type {
  ImportedAid,
  ImportedIdentifier,
  ImportedParty,
  ImportedPartyRef,
  ImportedSanction,
  ListDescription,
  RowError,
} from './records';

/** A party of the file: new, or the tracker's party it is (and what the import adds to it). */
export interface PlannedParty {
  record: ImportedParty;
  /** The tracker's party, when matched. */
  id: number | null;
  via: 'identifier' | 'name' | null;
  /** Fields the list changes on a party it owns (one carrying the list's own identifier). */
  changes: Partial<Pick<typeof parties.$inferInsert, 'name' | 'kind' | 'countryCode' | 'description'>>;
  newIdentifiers: ImportedIdentifier[];
  newAliases: ImportedParty['aliases'];
}

export interface AmbiguousParty {
  record: ImportedParty;
  candidates: { id: number; name: string }[];
  reason: string;
}

export type SanctionFields = Pick<
  typeof sanctions.$inferSelect,
  'targetId' | 'measure' | 'status' | 'programme' | 'legalBasis' | 'listedOn' | 'title' | 'liftedOn'
>;

export interface PlannedSanction {
  record: ImportedSanction;
  imposerSlug: string;
  /** Null for a new designation. */
  id: number | null;
  changes: Partial<SanctionFields>;
}

export interface ImportPlan {
  format: ImportFormat;
  fileName: string;
  sha256: string;
  list: ListDescription;
  /** The date new designations take and lifted ones end on. */
  asOf: string;
  parties: {
    new: PlannedParty[];
    updated: PlannedParty[];
    unchanged: PlannedParty[];
    ambiguous: AmbiguousParty[];
  };
  /** Imposers the tracker lacks, created with the import. */
  newImposers: string[];
  sanctions: {
    new: PlannedSanction[];
    updated: PlannedSanction[];
    unchanged: number;
    lifted: { id: number; title: string; announcedOn: string }[];
    /** Designations of a party left ambiguous: not applied until it is resolved. */
    held: ImportedSanction[];
  };
  aid: AidPlan;
  /** Rows of the tracker's own CSV. */
  entries: EntriesPlan;
  errors: RowError[];
}

export interface PlanOptions {
  format: ImportFormat;
  fileName: string;
  sha256: string;
  /** --as-of: the list's date where it states none. */
  asOf: string;
}

/** Where a flow's party comes from: the tracker, a party of the file, or a name new to both. */
export type PartyPick = { id: number } | { listKey: string } | { refKey: string };

export interface PlannedAid {
  record: ImportedAid;
  id: number | null;
  donor: PartyPick;
  recipient: PartyPick;
  changes: Record<string, unknown>;
}

export interface AidPlan {
  new: PlannedAid[];
  updated: PlannedAid[];
  unchanged: number;
  held: { record: ImportedAid; reason: string }[];
  /** Parties named only by aid rows, created with the import (by normalised name). */
  newParties: Map<string, ImportedPartyRef>;
}

/** The entry's columns as its form gives them, by kind of entry. */
export type EntryValues =
  | { entity: 'aid'; values: typeof aidPackages.$inferInsert }
  | { entity: 'sanctions'; values: typeof sanctions.$inferInsert }
  | { entity: 'events'; values: typeof events.$inferInsert }
  | { entity: 'parties'; values: typeof parties.$inferInsert };

/** A row of the tracker's own CSV, checked by its form's rules and matched to its entry. */
export type PlannedEntry = EntryValues & {
  at: string;
  /** The tracker's entry it updates; null for a new one. */
  id: number | null;
  /** Its title or name, for the preview. */
  label: string;
  /** What differs from the entry as it stands (field names, `citation`, `parties`…). */
  changes: string[];
  /** The source the row cites: the tracker's, or one the import creates (by address or title). */
  source?: { id: number } | { key: string; fields: SourceInput };
  quote?: string;
  /** An event's parties. */
  partyIds?: number[];
  /** A party's identifiers and aliases the tracker lacks (added, never removed). */
  identifiers?: ImportedIdentifier[];
  aliases?: string[];
};

export interface EntriesPlan {
  /** The kind of entry the file holds; null when it is not the tracker's CSV. */
  entity: PlannedEntry['entity'] | null;
  new: PlannedEntry[];
  updated: PlannedEntry[];
  unchanged: number;
}
