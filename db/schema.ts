import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  AID_CATEGORIES,
  ALIAS_STRENGTHS,
  IMPORT_FORMATS,
  AID_STATUSES,
  AUDIT_ACTIONS,
  AUDITED_ENTITIES,
  MAX_AMOUNT,
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
} from '../domain/vocabulary';

// Constraints are written against bare column names: SQLite CHECKs and partial-index
// predicates may only name columns of their own table.
const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);
/** A real calendar date in ISO form: date() normalises 2022-02-30 to 2022-03-02, so it must round-trip. */
const isoDate = (column: string) =>
  sql.raw(`${column} IS NULL OR (length(${column}) = 10 AND date(${column}) IS ${column})`);
const amount = (column: string) =>
  sql.raw(
    `${column} IS NULL OR (typeof(${column}) = 'integer' AND ${column} >= 0 AND ${column} <= ${MAX_AMOUNT})`,
  );
const LIVE = sql.raw('retired_at IS NULL');
const RETIRED = sql.raw('retired_at IS NOT NULL');

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Columns every editable entry carries: optimistic-concurrency version, soft delete, timestamps. */
const editable = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
  retiredAt: text('retired_at'),
};

export const parties = sqliteTable(
  'parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    countryCode: text('country_code'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => parties.id),
    description: text('description'),
    ...editable,
  },
  (t) => [
    uniqueIndex('parties_slug_unique').on(t.slug),
    index('parties_parent_idx').on(t.parentId),
    // The lists sorted by a party's name walk the parties in this order, each one's rows by date.
    index('parties_name_idx').on(sql`${t.name} COLLATE NOCASE`),
    check('parties_kind_check', oneOf('kind', PARTY_KINDS)),
    check('parties_slug_check', sql`slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'`),
    check('parties_name_check', sql`length(trim(name)) > 0`),
    check(
      'parties_country_check',
      sql`country_code IS NULL OR (length(country_code) = 2 AND country_code NOT GLOB '*[^A-Z]*')`,
    ),
    check('parties_parent_check', sql`parent_id IS NULL OR parent_id <> id`),
  ],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    publisher: text('publisher'),
    url: text('url'),
    publishedOn: text('published_on'),
    language: text('language').notNull(),
    notes: text('notes'),
    ...editable,
  },
  (t) => [
    index('sources_published_idx').on(t.publishedOn),
    check('sources_title_check', sql`length(trim(title)) > 0`),
    check('sources_url_check', sql`url IS NULL OR url GLOB 'http://?*' OR url GLOB 'https://?*'`),
    check('sources_published_check', isoDate('published_on')),
    check('sources_language_check', sql`length(language) BETWEEN 2 AND 35`),
  ],
);

export const aidPackages = sqliteTable(
  'aid_packages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    donorId: integer('donor_id')
      .notNull()
      .references(() => parties.id),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => parties.id),
    category: text('category', { enum: AID_CATEGORIES }).notNull(),
    status: text('status', { enum: AID_STATUSES }).notNull(),
    /** Whole units of `currency`; NULL when the amount was not disclosed. */
    amount: integer('amount'),
    currency: text('currency'),
    /** Whole US dollars at announcement; NULL when unknown. All totals sum this. */
    amountUsd: integer('amount_usd'),
    announcedOn: text('announced_on').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** Units of `currency` per US dollar used for `amountUsd`, with the day it was quoted and by whom. */
    exchangeRate: real('exchange_rate'),
    rateOn: text('rate_on'),
    rateSource: text('rate_source'),
    /** The imported table's key for this flow (`fts:<flow id>`), so a re-import updates it. */
    authorityId: text('authority_id'),
    /** The import that last wrote it; NULL for an editor's entry. */
    batchId: integer('batch_id').references((): AnySQLiteColumn => importBatches.id),
    ...editable,
  },
  (t) => [
    uniqueIndex('aid_authority_unique')
      .on(t.authorityId)
      .where(sql`authority_id IS NOT NULL`),
    // Sums and counts come from the rollup tables (db/rollups); these indexes serve the
    // newest-first lists and timelines (rowid breaks ties) and the largest packages.
    index('aid_announced_idx').on(t.announcedOn).where(LIVE),
    index('aid_donor_idx').on(t.donorId, t.announcedOn).where(LIVE),
    index('aid_recipient_idx').on(t.recipientId, t.announcedOn).where(LIVE),
    // One donor to one recipient ("who gives what to whom"): their packages as a range
    // instead of one side's rows checked one by one; the amount lets a
    // pair's largest packages be found without reading each row.
    index('aid_pair_idx').on(t.recipientId, t.donorId, t.announcedOn, t.amountUsd).where(LIVE),
    index('aid_donor_amount_idx').on(t.donorId, t.category, t.amountUsd, t.status, t.announcedOn).where(LIVE),
    index('aid_recipient_amount_idx')
      .on(t.recipientId, t.category, t.amountUsd, t.status, t.announcedOn)
      .where(LIVE),
    // The public list by amount, and by category or status or within one (newest first).
    index('aid_amount_idx').on(t.amountUsd).where(LIVE),
    index('aid_category_idx').on(t.category, t.announcedOn).where(LIVE),
    index('aid_status_idx').on(t.status, t.announcedOn).where(LIVE),
    // The public list by title: a page read in order instead of sorting every row.
    index('aid_title_idx')
      .on(sql`${t.title} COLLATE NOCASE`)
      .where(LIVE),
    // The editors' list, last edited first: every row, and the retired ones alone (few).
    index('aid_updated_idx').on(t.updatedAt),
    index('aid_retired_updated_idx').on(t.updatedAt).where(RETIRED),
    check('aid_category_check', oneOf('category', AID_CATEGORIES)),
    check('aid_status_check', oneOf('status', AID_STATUSES)),
    check('aid_amount_check', amount('amount')),
    check('aid_amount_usd_check', amount('amount_usd')),
    check(
      'aid_currency_check',
      sql`currency IS NULL OR (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*')`,
    ),
    check('aid_amount_currency_check', sql`(amount IS NULL) = (currency IS NULL)`),
    check('aid_usd_known_check', sql`currency IS NOT 'USD' OR amount_usd IS amount`),
    check('aid_parties_check', sql`donor_id <> recipient_id`),
    check('aid_announced_check', isoDate('announced_on')),
    check('aid_title_check', sql`length(trim(title)) > 0`),
  ],
);

export const sanctions = sqliteTable(
  'sanctions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    imposingId: integer('imposing_id')
      .notNull()
      .references(() => parties.id),
    targetId: integer('target_id')
      .notNull()
      .references(() => parties.id),
    measure: text('measure', { enum: SANCTION_MEASURES }).notNull(),
    status: text('status', { enum: SANCTION_STATUSES }).notNull(),
    announcedOn: text('announced_on').notNull(),
    effectiveOn: text('effective_on'),
    liftedOn: text('lifted_on'),
    legalBasis: text('legal_basis'),
    title: text('title').notNull(),
    description: text('description'),
    /** The list's programme or regime (`RUSSIA-EO14024`), its listing date and its own id for the designation. */
    programme: text('programme'),
    listedOn: text('listed_on'),
    authorityId: text('authority_id'),
    /** The import that last wrote it; NULL for an editor's entry. */
    batchId: integer('batch_id').references((): AnySQLiteColumn => importBatches.id),
    ...editable,
  },
  (t) => [
    // A re-import finds the designation it wrote by the list's own id.
    uniqueIndex('sanctions_authority_unique')
      .on(t.imposingId, t.authorityId)
      .where(sql`authority_id IS NOT NULL`),
    // As for aid: counts come from the rollups; these serve newest-first reads.
    index('sanctions_announced_idx').on(t.announcedOn).where(LIVE),
    index('sanctions_imposing_idx').on(t.imposingId, t.announcedOn).where(LIVE),
    index('sanctions_target_idx').on(t.targetId, t.announcedOn).where(LIVE),
    index('sanctions_pair_idx').on(t.targetId, t.imposingId, t.announcedOn).where(LIVE),
    // The public list by measure or status (newest first within), or filtered by one.
    index('sanctions_measure_idx').on(t.measure, t.announcedOn).where(LIVE),
    index('sanctions_status_idx').on(t.status, t.announcedOn).where(LIVE),
    index('sanctions_title_idx')
      .on(sql`${t.title} COLLATE NOCASE`)
      .where(LIVE),
    index('sanctions_updated_idx').on(t.updatedAt),
    index('sanctions_retired_updated_idx').on(t.updatedAt).where(RETIRED),
    check('sanctions_measure_check', oneOf('measure', SANCTION_MEASURES)),
    check('sanctions_status_check', oneOf('status', SANCTION_STATUSES)),
    check('sanctions_parties_check', sql`imposing_id <> target_id`),
    check('sanctions_announced_check', isoDate('announced_on')),
    check('sanctions_effective_check', isoDate('effective_on')),
    check('sanctions_lifted_check', isoDate('lifted_on')),
    check(
      'sanctions_lifted_order_check',
      sql`lifted_on IS NULL OR lifted_on >= coalesce(effective_on, announced_on)`,
    ),
    check('sanctions_title_check', sql`length(trim(title)) > 0`),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    occurredOn: text('occurred_on').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ...editable,
  },
  (t) => [
    index('events_occurred_idx').on(t.occurredOn).where(LIVE),
    check('events_occurred_check', isoDate('occurred_on')),
    check('events_title_check', sql`length(trim(title)) > 0`),
  ],
);

export const eventParties = sqliteTable(
  'event_parties',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.partyId] }), index('event_parties_party_idx').on(t.partyId)],
);

/** A source backing one aid package, sanction or event, with the supporting quote as published. */
export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    aidPackageId: integer('aid_package_id').references(() => aidPackages.id, { onDelete: 'cascade' }),
    sanctionId: integer('sanction_id').references(() => sanctions.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    quote: text('quote').notNull(),
    /** The import that wrote it; NULL for an editor's citation. */
    batchId: integer('batch_id').references((): AnySQLiteColumn => importBatches.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('citations_source_idx').on(t.sourceId),
    index('citations_aid_idx')
      .on(t.aidPackageId)
      .where(sql`aid_package_id IS NOT NULL`),
    index('citations_sanction_idx')
      .on(t.sanctionId)
      .where(sql`sanction_id IS NOT NULL`),
    index('citations_event_idx')
      .on(t.eventId)
      .where(sql`event_id IS NOT NULL`),
    check(
      'citations_one_subject_check',
      sql`(aid_package_id IS NOT NULL) + (sanction_id IS NOT NULL) + (event_id IS NOT NULL) = 1`,
    ),
    check('citations_quote_check', sql`length(trim(quote)) > 0`),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: text('created_at').notNull().default(now),
    disabledAt: text('disabled_at'),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    check('users_email_check', sql`email = lower(email) AND email LIKE '%_@_%'`),
  ],
);

/** Only a hash of the session token is stored, so a leaked database cannot be replayed as cookies. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Append-only: nothing updates or deletes these rows (enforced by triggers in the migration). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    userId: integer('user_id').references(() => users.id),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entityType: text('entity_type', { enum: AUDITED_ENTITIES }).notNull(),
    entityId: integer('entity_id').notNull(),
    /** JSON of the entry before and after the change; NULL before a create. */
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    /** The import the change belongs to; NULL for an editor's own change. */
    batchId: integer('batch_id').references((): AnySQLiteColumn => importBatches.id),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_at_idx').on(t.at),
    // The public change feed by kind of entry, newest first: walked in order, not sorted.
    index('audit_type_at_idx').on(t.entityType, t.at),
    index('audit_user_idx').on(t.userId, t.at),
    check('audit_action_check', oneOf('action', AUDIT_ACTIONS)),
    check('audit_entity_check', oneOf('entity_type', AUDITED_ENTITIES)),
  ],
);

/** Every sign-in attempt, to slow and cap guessing per account and per client address. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    /** As typed (lower-cased), whether or not such an account exists. */
    email: text('email').notNull(),
    clientAddress: text('client_address').notNull(),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
  },
  // By time alone: the global failure budget counts the last hour, and old rows are pruned.
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.at),
    index('login_attempts_client_idx').on(t.clientAddress, t.at),
    index('login_attempts_at_idx').on(t.at),
  ],
);

/** One file read by the importer: what it was, what it changed, who confirmed it. */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fileName: text('file_name').notNull(),
    /** Of the file as read (OFAC: of its four files in order), hex. */
    sha256: text('sha256').notNull(),
    format: text('format', { enum: IMPORT_FORMATS }).notNull(),
    /** The list's own version date where it states one. */
    listVersion: text('list_version'),
    /** The date new designations take and lifted ones end on (the list's date, or --as-of). */
    asOf: text('as_of').notNull(),
    /** The source every row of this import cites: the list itself. NULL for the tracker's own CSV, whose rows cite their own sources. */
    sourceId: integer('source_id').references(() => sources.id),
    /** new / matched / updated / unchanged / lifted / errors, as the preview showed them. */
    counts: text('counts', { mode: 'json' }).notNull(),
    /** The editor who confirmed it; NULL from the command line. */
    userId: integer('user_id').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('import_batches_created_idx').on(t.createdAt),
    index('import_batches_sha_idx').on(t.sha256),
    check('import_batches_format_check', oneOf('format', IMPORT_FORMATS)),
    check('import_batches_sha_check', sql`length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'`),
    check('import_batches_as_of_check', sql`as_of IS NOT NULL AND (${isoDate('as_of')})`),
  ],
);

/** A party's ids in other registers (`ofac` 12345, `imo` 9339301, `passport` X123 of a country). */
export const partyIdentifiers = sqliteTable(
  'party_identifiers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(),
    value: text('value').notNull(),
    /** Issuing country (ISO alpha-2) for national documents; '' where the scheme is global. */
    country: text('country').notNull().default(''),
    batchId: integer('batch_id').references((): AnySQLiteColumn => importBatches.id),
  },
  (t) => [
    // One party per id: an import that meets the id again finds the party, never a second one.
    uniqueIndex('party_identifiers_unique').on(t.scheme, t.value, t.country),
    index('party_identifiers_party_idx').on(t.partyId),
    check('party_identifiers_scheme_check', sql`scheme <> '' AND scheme NOT GLOB '*[^a-z0-9-]*'`),
    check('party_identifiers_value_check', sql`length(trim(value)) > 0 AND length(value) <= 200`),
    check(
      'party_identifiers_country_check',
      sql`country = '' OR (length(country) = 2 AND country NOT GLOB '*[^A-Z]*')`,
    ),
  ],
);

/** Other names of a party; `normalized` (accents and case aside) is what matching compares. */
export const partyAliases = sqliteTable(
  'party_aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    normalized: text('normalized').notNull(),
    language: text('language'),
    strength: text('strength', { enum: ALIAS_STRENGTHS }).notNull(),
    batchId: integer('batch_id').references((): AnySQLiteColumn => importBatches.id),
  },
  (t) => [
    uniqueIndex('party_aliases_unique').on(t.partyId, t.normalized),
    index('party_aliases_normalized_idx').on(t.normalized),
    check('party_aliases_strength_check', oneOf('strength', ALIAS_STRENGTHS)),
    check('party_aliases_name_check', sql`length(trim(name)) > 0 AND length(name) <= 500`),
  ],
);

/** Facts about this database file, e.g. its identity (so caches never mix two files). */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type Party = typeof parties.$inferSelect;
export type NewParty = typeof parties.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type AidPackage = typeof aidPackages.$inferSelect;
export type NewAidPackage = typeof aidPackages.$inferInsert;
export type Sanction = typeof sanctions.$inferSelect;
export type NewSanction = typeof sanctions.$inferInsert;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
