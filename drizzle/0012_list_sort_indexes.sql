CREATE INDEX `aid_status_idx` ON `aid_packages` (`status`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `parties_name_idx` ON `parties` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `sanctions_measure_idx` ON `sanctions` (`measure`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_status_idx` ON `sanctions` (`status`,`announced_on`) WHERE retired_at IS NULL;