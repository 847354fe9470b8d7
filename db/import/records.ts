// What an importer reads out of a file, before anything is matched against the database:
// one shape for every format (db/import/formats/*), so matching, the preview and the
// write are written once. Names and values are as the file gives them (trimmed, never
// interpreted as markup or formulas); dates are ISO `YYYY-MM-DD`.

import type { TrackerEntity } from '@/domain/tracker-csv';
import type { AidCategory, AidStatus, SanctionMeasure, SanctionStatus } from '@/domain/vocabulary';

/** Party kinds a list can name; `vessel` and `aircraft` come with the import model. */
export type ImportedPartyKind =
  'state' | 'international_org' | 'government' | 'company' | 'person' | 'vessel' | 'aircraft' | 'other';

/** `ofac`, `un`, `eu`, `gb`, `lei`, `imo`, `inn`, `wikidata`, `passport`, `national-id`, `tax-id`, … */
export interface ImportedIdentifier {
  scheme: string;
  value: string;
  /** Issuing country (ISO 3166 alpha-2) where the file says, e.g. a passport's. */
  country?: string;
}

export interface ImportedAlias {
  name: string;
  /** BCP 47 language tag where the file says. */
  language?: string;
  /**
   * A weak alias (OFAC's weak a.k.a.s, which its CSV files write in an entry's remarks; UN "Low"
   * quality) never matches a party by itself. A former name (f.k.a.) is as strong as the list says.
   */
  strength: 'strong' | 'weak';
}

/** Where in the file a record or an error is: a line of a CSV, an element of an XML file. */
export interface Place {
  /** e.g. `sdn.csv line 12`, `INDIVIDUAL[3] (QDi.001)`. */
  at: string;
}

export interface ImportedParty extends Place {
  /** The list's own key for it (OFAC ent_num, UN DATAID…): unique in the file. */
  listKey: string;
  name: string;
  kind: ImportedPartyKind;
  /** ISO 3166 alpha-2 where the file gives one country (nationality, flag, registration). */
  countryCode?: string;
  identifiers: ImportedIdentifier[];
  aliases: ImportedAlias[];
  /** Remarks kept as they are: addresses, dates and places of birth, "Linked To"… */
  description?: string;
}

export interface ImportedSanction extends Place {
  /** The list's key for this designation, stable across versions: `<listKey>:<programme>`. */
  authorityId: string;
  /** The `listKey` of the party it targets, in the same file. */
  targetKey: string;
  /** The imposing party's slug in the tracker (`united-states`, `european-union`, `un-security-council`, `united-kingdom`). */
  imposerSlug: string;
  measure: SanctionMeasure;
  status: SanctionStatus;
  /** The programme or regime as the list names it (`RUSSIA-EO14024`, `1267`). */
  programme?: string;
  /** The legal act (regulation, executive order, resolution). */
  legalBasis?: string;
  /** When the list says the designation was made; absent in OFAC's files. */
  listedOn?: string;
  title: string;
  /** Taken from the file: remarks, comments, statement of reasons. */
  quote: string;
}

export interface ImportedAid extends Place {
  /** The table's key for this flow, stable across versions (FTS flow id; ONE donor). */
  authorityId: string;
  donor: ImportedPartyRef;
  recipient: ImportedPartyRef;
  category: AidCategory;
  status: AidStatus;
  announcedOn: string;
  title: string;
  /** In the original currency's smallest whole unit the tracker stores (whole units). */
  originalAmount?: number;
  originalCurrency?: string;
  /** Units of the original currency per US dollar, as the file states it. */
  exchangeRate?: number;
  amountUsd?: number;
  quote: string;
}

/** A party an aid row names by name (and code where known), to be matched or created. */
export interface ImportedPartyRef {
  name: string;
  countryCode?: string;
  kind?: ImportedPartyKind;
}

export interface RowError extends Place {
  reason: string;
}

/** What the list says about itself, for the source every imported row cites. */
export interface ListDescription {
  title: string;
  publisher: string;
  url?: string;
  language: string;
  /** The list's own version date (UN `dateGenerated`, EU `generationDate`); else --as-of. */
  versionDate?: string;
}

/** A row of the tracker's own CSV: an entry as its form would take it (db/tracker-csv). */
export interface TrackerRow extends Place {
  entity: TrackerEntity;
  /** Cells by column name, trimmed, with the export's formula guard undone. */
  cells: Record<string, string>;
}

export type ImportedRecord =
  | { type: 'party'; party: ImportedParty }
  | { type: 'entry'; entry: TrackerRow }
  | { type: 'sanction'; sanction: ImportedSanction }
  | { type: 'aid'; aid: ImportedAid }
  | { type: 'error'; error: RowError };

/** A format's reader: the list's description, then its records as the file is read. */
export interface ParsedFile {
  list: ListDescription;
  records: AsyncIterable<ImportedRecord>;
}
