-- Each top imposer's distinct targets in force over a date range: one existence probe per
-- (imposer, target, range) instead of reading every pair cell of the range (60 ms at 1M for
-- a year with odd edges).
CREATE INDEX `sanction_pair_rollup_imposer_target_idx` ON `sanction_pair_rollup` (`imposing_id`, `status`, `grain`, `target_id`, `period`);
