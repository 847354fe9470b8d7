-- The largest packages per category now come off aid_amount_idx (0011).
DROP INDEX `aid_category_amount_idx`;--> statement-breakpoint
-- Unused since the committed per-party cubes (0008): no dashboard read takes it.
DROP INDEX `aid_rollup_period_idx`;
