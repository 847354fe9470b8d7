-- Date-first reads of the role cubes. With no party filter, a date range needs every party's
-- cells of those periods on one side (the sanctions by imposer, the aid by donor); the
-- primary key puts party_id before period, so that read would walk every party's cells at
-- that grain. These covering indexes make it one index range per period range.
CREATE INDEX `aid_rollup_period_idx` ON `aid_rollup` (`role`, `grain`, `period`, `party_id`, `category`, `status`, `n`, `usd`, `usd_n`);
--> statement-breakpoint
CREATE INDEX `sanction_rollup_period_idx` ON `sanction_rollup` (`role`, `grain`, `period`, `party_id`, `measure`, `status`, `n`);
--> statement-breakpoint
-- The overview's flow chart reads only the pairs of its top donors and top recipients.
CREATE INDEX `aid_flow_rollup_pair_idx` ON `aid_flow_rollup` (`donor_id`, `recipient_id`, `grain`, `period`);
