PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`format` text NOT NULL,
	`list_version` text,
	`as_of` text NOT NULL,
	`source_id` integer,
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
INSERT INTO `__new_import_batches`("id", "file_name", "sha256", "format", "list_version", "as_of", "source_id", "counts", "user_id", "created_at") SELECT "id", "file_name", "sha256", "format", "list_version", "as_of", "source_id", "counts", "user_id", "created_at" FROM `import_batches`;--> statement-breakpoint
DROP TABLE `import_batches`;--> statement-breakpoint
ALTER TABLE `__new_import_batches` RENAME TO `import_batches`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `import_batches_created_idx` ON `import_batches` (`created_at`);--> statement-breakpoint
CREATE INDEX `import_batches_sha_idx` ON `import_batches` (`sha256`);