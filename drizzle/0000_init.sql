CREATE TABLE `aid_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`donor_id` integer NOT NULL,
	`recipient_id` integer NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`amount` integer,
	`currency` text,
	`amount_usd` integer,
	`announced_on` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`donor_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "aid_category_check" CHECK(category IN ('humanitarian', 'military', 'economic')),
	CONSTRAINT "aid_status_check" CHECK(status IN ('requested', 'pledged', 'approved', 'authorized', 'delivered', 'denied', 'cancelled')),
	CONSTRAINT "aid_amount_check" CHECK(amount IS NULL OR (typeof(amount) = 'integer' AND amount >= 0 AND amount <= 10000000000000)),
	CONSTRAINT "aid_amount_usd_check" CHECK(amount_usd IS NULL OR (typeof(amount_usd) = 'integer' AND amount_usd >= 0 AND amount_usd <= 10000000000000)),
	CONSTRAINT "aid_currency_check" CHECK(currency IS NULL OR (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*')),
	CONSTRAINT "aid_amount_currency_check" CHECK((amount IS NULL) = (currency IS NULL)),
	CONSTRAINT "aid_usd_known_check" CHECK(currency IS NOT 'USD' OR amount_usd IS amount),
	CONSTRAINT "aid_parties_check" CHECK(donor_id <> recipient_id),
	CONSTRAINT "aid_announced_check" CHECK(announced_on IS NULL OR (length(announced_on) = 10 AND date(announced_on) IS announced_on)),
	CONSTRAINT "aid_title_check" CHECK(length(trim(title)) > 0)
);
--> statement-breakpoint
CREATE INDEX `aid_status_category_idx` ON `aid_packages` (`status`,`category`,`amount_usd`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_donor_idx` ON `aid_packages` (`donor_id`,`status`,`category`,`amount_usd`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_recipient_idx` ON `aid_packages` (`recipient_id`,`status`,`category`,`amount_usd`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_announced_idx` ON `aid_packages` (`announced_on`,`status`,`amount_usd`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "audit_action_check" CHECK(action IN ('create', 'update', 'retire', 'restore')),
	CONSTRAINT "audit_entity_check" CHECK(entity_type IN ('party', 'aid_package', 'sanction', 'event', 'source'))
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_user_idx` ON `audit_log` (`user_id`,`at`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`aid_package_id` integer,
	`sanction_id` integer,
	`event_id` integer,
	`quote` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aid_package_id`) REFERENCES `aid_packages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sanction_id`) REFERENCES `sanctions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "citations_one_subject_check" CHECK((aid_package_id IS NOT NULL) + (sanction_id IS NOT NULL) + (event_id IS NOT NULL) = 1),
	CONSTRAINT "citations_quote_check" CHECK(length(trim(quote)) > 0)
);
--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
CREATE INDEX `citations_aid_idx` ON `citations` (`aid_package_id`) WHERE aid_package_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_sanction_idx` ON `citations` (`sanction_id`) WHERE sanction_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_event_idx` ON `citations` (`event_id`) WHERE event_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `event_parties` (
	`event_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `party_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_parties_party_idx` ON `event_parties` (`party_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occurred_on` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`retired_at` text,
	CONSTRAINT "events_occurred_check" CHECK(occurred_on IS NULL OR (length(occurred_on) = 10 AND date(occurred_on) IS occurred_on)),
	CONSTRAINT "events_title_check" CHECK(length(trim(title)) > 0)
);
--> statement-breakpoint
CREATE INDEX `events_occurred_idx` ON `events` (`occurred_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE TABLE `parties` (
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
	CONSTRAINT "parties_kind_check" CHECK(kind IN ('state', 'bloc', 'international_org', 'government', 'company', 'company_group', 'person', 'other')),
	CONSTRAINT "parties_slug_check" CHECK(slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "parties_name_check" CHECK(length(trim(name)) > 0),
	CONSTRAINT "parties_country_check" CHECK(country_code IS NULL OR (length(country_code) = 2 AND country_code NOT GLOB '*[^A-Z]*')),
	CONSTRAINT "parties_parent_check" CHECK(parent_id IS NULL OR parent_id <> id)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_slug_unique` ON `parties` (`slug`);--> statement-breakpoint
CREATE INDEX `parties_parent_idx` ON `parties` (`parent_id`);--> statement-breakpoint
CREATE TABLE `sanctions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`imposing_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`measure` text NOT NULL,
	`status` text NOT NULL,
	`announced_on` text NOT NULL,
	`effective_on` text,
	`lifted_on` text,
	`legal_basis` text,
	`title` text NOT NULL,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`imposing_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sanctions_measure_check" CHECK(measure IN ('asset_freeze', 'travel_ban', 'export_control', 'import_ban', 'financial', 'arms_embargo', 'sectoral', 'economic', 'other')),
	CONSTRAINT "sanctions_status_check" CHECK(status IN ('threatened', 'proposed', 'imposed', 'suspended', 'lifted')),
	CONSTRAINT "sanctions_parties_check" CHECK(imposing_id <> target_id),
	CONSTRAINT "sanctions_announced_check" CHECK(announced_on IS NULL OR (length(announced_on) = 10 AND date(announced_on) IS announced_on)),
	CONSTRAINT "sanctions_effective_check" CHECK(effective_on IS NULL OR (length(effective_on) = 10 AND date(effective_on) IS effective_on)),
	CONSTRAINT "sanctions_lifted_check" CHECK(lifted_on IS NULL OR (length(lifted_on) = 10 AND date(lifted_on) IS lifted_on)),
	CONSTRAINT "sanctions_lifted_order_check" CHECK(lifted_on IS NULL OR lifted_on >= coalesce(effective_on, announced_on)),
	CONSTRAINT "sanctions_title_check" CHECK(length(trim(title)) > 0)
);
--> statement-breakpoint
CREATE INDEX `sanctions_status_measure_idx` ON `sanctions` (`status`,`measure`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_imposing_idx` ON `sanctions` (`imposing_id`,`status`,`measure`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_target_idx` ON `sanctions` (`target_id`,`status`,`measure`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_announced_idx` ON `sanctions` (`announced_on`,`status`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`url` text,
	`published_on` text,
	`language` text NOT NULL,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`retired_at` text,
	CONSTRAINT "sources_title_check" CHECK(length(trim(title)) > 0),
	CONSTRAINT "sources_url_check" CHECK(url IS NULL OR url GLOB 'http://?*' OR url GLOB 'https://?*'),
	CONSTRAINT "sources_published_check" CHECK(published_on IS NULL OR (length(published_on) = 10 AND date(published_on) IS published_on)),
	CONSTRAINT "sources_language_check" CHECK(length(language) BETWEEN 2 AND 35)
);
--> statement-breakpoint
CREATE INDEX `sources_published_idx` ON `sources` (`published_on`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`disabled_at` text,
	CONSTRAINT "users_email_check" CHECK(email = lower(email) AND email LIKE '%_@_%')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);