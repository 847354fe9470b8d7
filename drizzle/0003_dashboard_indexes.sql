DROP INDEX `aid_status_category_idx`;--> statement-breakpoint
DROP INDEX `aid_donor_idx`;--> statement-breakpoint
DROP INDEX `aid_recipient_idx`;--> statement-breakpoint
DROP INDEX `aid_announced_idx`;--> statement-breakpoint
CREATE INDEX `aid_category_amount_idx` ON `aid_packages` (`category`,`amount_usd`,`status`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_donor_amount_idx` ON `aid_packages` (`donor_id`,`category`,`amount_usd`,`status`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_recipient_amount_idx` ON `aid_packages` (`recipient_id`,`category`,`amount_usd`,`status`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_donor_idx` ON `aid_packages` (`donor_id`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_recipient_idx` ON `aid_packages` (`recipient_id`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `aid_announced_idx` ON `aid_packages` (`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
DROP INDEX `sanctions_status_measure_idx`;--> statement-breakpoint
DROP INDEX `sanctions_imposing_idx`;--> statement-breakpoint
DROP INDEX `sanctions_target_idx`;--> statement-breakpoint
DROP INDEX `sanctions_announced_idx`;--> statement-breakpoint
CREATE INDEX `sanctions_pair_idx` ON `sanctions` (`target_id`,`imposing_id`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_imposing_idx` ON `sanctions` (`imposing_id`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_target_idx` ON `sanctions` (`target_id`,`announced_on`) WHERE retired_at IS NULL;--> statement-breakpoint
CREATE INDEX `sanctions_announced_idx` ON `sanctions` (`announced_on`) WHERE retired_at IS NULL;