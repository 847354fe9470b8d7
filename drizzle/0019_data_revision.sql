-- How many content writes this file has committed, whichever process made them: every
-- process compares it with the one its caches were filled at (db/data-changes.mjs).
INSERT OR IGNORE INTO app_meta (key, value) VALUES ('data_revision', '0');
