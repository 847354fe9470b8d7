CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`format` text NOT NULL,
	`list_version` text,
	`as_of` text NOT NULL,
	`source_id` integer NOT NULL,
	`counts` text NOT NULL,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "import_batches_format_check" CHECK(format IN ('ofac-sdn', 'un-xml', 'eu-fsf', 'uk-xml', 'ftm', 'fts-csv', 'one-csv', 'tracker-csv')),
	CONSTRAINT "import_batches_sha_check" CHECK(length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
	CONSTRAINT "import_batches_as_of_check" CHECK(as_of IS NOT NULL AND (as_of IS NULL OR (length(as_of) = 10 AND date(as_of) IS as_of)))
);
--> statement-breakpoint
CREATE INDEX `import_batches_created_idx` ON `import_batches` (`created_at`);--> statement-breakpoint
CREATE INDEX `import_batches_sha_idx` ON `import_batches` (`sha256`);--> statement-breakpoint
CREATE TABLE `party_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`party_id` integer NOT NULL,
	`name` text NOT NULL,
	`normalized` text NOT NULL,
	`language` text,
	`strength` text NOT NULL,
	`batch_id` integer,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "party_aliases_strength_check" CHECK(strength IN ('strong', 'weak')),
	CONSTRAINT "party_aliases_name_check" CHECK(length(trim(name)) > 0 AND length(name) <= 500)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_aliases_unique` ON `party_aliases` (`party_id`,`normalized`);--> statement-breakpoint
CREATE INDEX `party_aliases_normalized_idx` ON `party_aliases` (`normalized`);--> statement-breakpoint
CREATE TABLE `party_identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`party_id` integer NOT NULL,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`batch_id` integer,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "party_identifiers_scheme_check" CHECK(scheme <> '' AND scheme NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "party_identifiers_value_check" CHECK(length(trim(value)) > 0 AND length(value) <= 200),
	CONSTRAINT "party_identifiers_country_check" CHECK(country = '' OR (length(country) = 2 AND country NOT GLOB '*[^A-Z]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_identifiers_unique` ON `party_identifiers` (`scheme`,`value`,`country`);--> statement-breakpoint
CREATE INDEX `party_identifiers_party_idx` ON `party_identifiers` (`party_id`);--> statement-breakpoint
-- parties is rebuilt for its new kinds (vessel, aircraft): db/client.ts runs migrations with
-- foreign keys off and checks them all afterwards, as SQLite's procedure for this asks.
CREATE TABLE `__new_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country_code` text,
	`parent_id` integer,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`parent_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "parties_kind_check" CHECK(kind IN ('state', 'bloc', 'international_org', 'government', 'company', 'company_group', 'person', 'vessel', 'aircraft', 'other')),
	CONSTRAINT "parties_slug_check" CHECK(slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "parties_name_check" CHECK(length(trim(name)) > 0),
	CONSTRAINT "parties_country_check" CHECK(country_code IS NULL OR (length(country_code) = 2 AND country_code NOT GLOB '*[^A-Z]*')),
	CONSTRAINT "parties_parent_check" CHECK(parent_id IS NULL OR parent_id <> id)
);
--> statement-breakpoint
INSERT INTO `__new_parties`("id", "slug", "name", "kind", "country_code", "parent_id", "description", "version", "created_at", "updated_at", "retired_at") SELECT "id", "slug", "name", "kind", "country_code", "parent_id", "description", "version", "created_at", "updated_at", "retired_at" FROM `parties`;--> statement-breakpoint
DROP TABLE `parties`;--> statement-breakpoint
ALTER TABLE `__new_parties` RENAME TO `parties`;--> statement-breakpoint
CREATE UNIQUE INDEX `parties_slug_unique` ON `parties` (`slug`);--> statement-breakpoint
CREATE INDEX `parties_parent_idx` ON `parties` (`parent_id`);--> statement-breakpoint
CREATE INDEX `parties_name_idx` ON `parties` ("name" COLLATE NOCASE);--> statement-breakpoint
ALTER TABLE `aid_packages` ADD `exchange_rate` real;--> statement-breakpoint
ALTER TABLE `aid_packages` ADD `rate_on` text;--> statement-breakpoint
ALTER TABLE `aid_packages` ADD `rate_source` text;--> statement-breakpoint
ALTER TABLE `aid_packages` ADD `authority_id` text;--> statement-breakpoint
ALTER TABLE `aid_packages` ADD `batch_id` integer REFERENCES import_batches(id);--> statement-breakpoint
CREATE UNIQUE INDEX `aid_authority_unique` ON `aid_packages` (`authority_id`) WHERE authority_id IS NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `batch_id` integer REFERENCES import_batches(id);--> statement-breakpoint
ALTER TABLE `citations` ADD `batch_id` integer REFERENCES import_batches(id);--> statement-breakpoint
ALTER TABLE `sanctions` ADD `programme` text;--> statement-breakpoint
ALTER TABLE `sanctions` ADD `listed_on` text;--> statement-breakpoint
ALTER TABLE `sanctions` ADD `authority_id` text;--> statement-breakpoint
ALTER TABLE `sanctions` ADD `batch_id` integer REFERENCES import_batches(id);--> statement-breakpoint
CREATE UNIQUE INDEX `sanctions_authority_unique` ON `sanctions` (`imposing_id`,`authority_id`) WHERE authority_id IS NOT NULL;