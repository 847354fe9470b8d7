CREATE INDEX `aid_updated_idx` ON `aid_packages` (`updated_at`);--> statement-breakpoint
CREATE INDEX `aid_retired_updated_idx` ON `aid_packages` (`updated_at`) WHERE retired_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `sanctions_updated_idx` ON `sanctions` (`updated_at`);--> statement-breakpoint
CREATE INDEX `sanctions_retired_updated_idx` ON `sanctions` (`updated_at`) WHERE retired_at IS NOT NULL;