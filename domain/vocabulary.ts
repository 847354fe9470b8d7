// The domain's closed vocabularies. Imported by the schema (CHECK constraints), the
// validation schemas and the UI, so a value means the same thing everywhere.

export const PARTY_KINDS = [
  'state',
  'bloc',
  'international_org',
  'government',
  'company',
  'company_group',
  'person',
  'vessel',
  'aircraft',
  'other',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const AID_CATEGORIES = ['humanitarian', 'military', 'economic'] as const;
export type AidCategory = (typeof AID_CATEGORIES)[number];

/** Lifecycle order first, then the two dead ends. */
export const AID_STATUSES = [
  'requested',
  'pledged',
  'approved',
  'authorized',
  'delivered',
  'denied',
  'cancelled',
] as const;
export type AidStatus = (typeof AID_STATUSES)[number];

/** Only these count towards committed totals; requested and pledged are shown apart. */
export const COMMITTED_AID_STATUSES = [
  'approved',
  'authorized',
  'delivered',
] as const satisfies readonly AidStatus[];
export const UNCOMMITTED_AID_STATUSES = ['requested', 'pledged'] as const satisfies readonly AidStatus[];

export const SANCTION_MEASURES = [
  'asset_freeze',
  'travel_ban',
  'export_control',
  'import_ban',
  'financial',
  'arms_embargo',
  'sectoral',
  'economic',
  'other',
] as const;
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number];

export const SANCTION_STATUSES = ['threatened', 'proposed', 'imposed', 'suspended', 'lifted'] as const;
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

/** A name a party is also known by: a weak one (a list's low-quality alias) never identifies it alone. */
export const ALIAS_STRENGTHS = ['strong', 'weak'] as const;
export type AliasStrength = (typeof ALIAS_STRENGTHS)[number];

/** The files the importer reads (`npm run import -- --format …`). */
export const IMPORT_FORMATS = [
  'ofac-sdn',
  'un-xml',
  'eu-fsf',
  'uk-xml',
  'ftm',
  'fts-csv',
  'one-csv',
  'tracker-csv',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'retire', 'restore'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDITED_ENTITIES = ['party', 'aid_package', 'sanction', 'event', 'source'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** An audited entry's kind in a sentence: "This aid package is already retired." */
export const ENTITY_LABELS: Record<AuditedEntity, string> = {
  aid_package: 'aid package',
  sanction: 'sanction',
  event: 'event',
  party: 'party',
  source: 'source',
};

/** What may name a party: a party is not retired while a live one does. */
export const PARTY_USES = ['aid', 'sanctions', 'events', 'children'] as const;
export type PartyUse = (typeof PARTY_USES)[number];

/** Each use counted in a sentence, one and many: "3 aid packages, 1 party under it". */
export const PARTY_USE_LABELS: Record<PartyUse, readonly [one: string, many: string]> = {
  aid: ['aid package', 'aid packages'],
  sanctions: ['sanction', 'sanctions'],
  events: ['event', 'events'],
  children: ['party under it', 'parties under it'],
};

/** Upper bound on any single amount: nothing announced comes near $10 trillion. */
export const MAX_AMOUNT = 10_000_000_000_000;

/** `asset_freeze` → `Asset freeze`. */
export function formatVocabulary(value: string): string {
  const words = value.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The kinds of entries that cite a source, in the order a source's page lists them. */
export const CITING_KINDS = ['aid', 'sanctions', 'events'] as const;
export type CitingKind = (typeof CITING_KINDS)[number];
