-- The word indexes again, keyed by date: each live row's entry has the rowid
-- (days since 1970-01-01) * 2^32 + id, so an index lists its matches in the lists' own
-- order (announced_on, then id). A search's page by date is then read straight off the
-- index, newest or oldest first, instead of gathering every match and sorting them
-- (80-90 ms at 1M rows for a word in a third of them). The ids fit in the low 32 bits
-- (the triggers refuse an id beyond). Contentless: the text stays in its table, and a
-- trigger removes an entry with the 'delete' command and the words it was filed under
-- (the row's old title and description). No column sizes: nothing ranks matches, and
-- without them a million rows are filed in 2.2 s instead of 3-3.5 s.
-- The *_terms tables list each index's words, for expanding a word start into the
-- words it begins; search_words folds a typed word as the indexes fold theirs (case,
-- accents), to look it up there (db/queries/search-match.ts).
DROP TRIGGER `aid_search_insert`;--> statement-breakpoint
DROP TRIGGER `aid_search_update`;--> statement-breakpoint
DROP TRIGGER `aid_search_delete`;--> statement-breakpoint
DROP TABLE `aid_search`;--> statement-breakpoint
CREATE VIRTUAL TABLE `aid_search` USING fts5(title, description, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE VIRTUAL TABLE `search_words` USING fts3tokenize(unicode61, 'remove_diacritics=2');--> statement-breakpoint
CREATE VIRTUAL TABLE `aid_search_terms` USING fts5vocab(`aid_search`, instance);--> statement-breakpoint
CREATE TRIGGER `aid_search_insert` AFTER INSERT ON `aid_packages` WHEN new.retired_at IS NULL BEGIN
  SELECT RAISE(ABORT, 'ids beyond 4294967295 do not fit the word index key') WHERE new.id > 4294967295;
  INSERT INTO `aid_search` (rowid, title, description) VALUES (unixepoch(new.announced_on) / 86400 * 4294967296 + new.id, new.title, new.description);
END;--> statement-breakpoint
CREATE TRIGGER `aid_search_update` AFTER UPDATE OF title, description, announced_on, retired_at ON `aid_packages` BEGIN
  INSERT INTO `aid_search` (`aid_search`, rowid, title, description) SELECT 'delete', unixepoch(old.announced_on) / 86400 * 4294967296 + old.id, old.title, old.description WHERE old.retired_at IS NULL;
  INSERT INTO `aid_search` (rowid, title, description) SELECT unixepoch(new.announced_on) / 86400 * 4294967296 + new.id, new.title, new.description WHERE new.retired_at IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `aid_search_delete` AFTER DELETE ON `aid_packages` WHEN old.retired_at IS NULL BEGIN
  INSERT INTO `aid_search` (`aid_search`, rowid, title, description) VALUES ('delete', unixepoch(old.announced_on) / 86400 * 4294967296 + old.id, old.title, old.description);
END;--> statement-breakpoint
INSERT INTO `aid_search` (rowid, title, description) SELECT unixepoch(aid_packages.announced_on) / 86400 * 4294967296 + aid_packages.id, title, description FROM `aid_packages` WHERE retired_at IS NULL;--> statement-breakpoint
DROP TRIGGER `sanctions_search_insert`;--> statement-breakpoint
DROP TRIGGER `sanctions_search_update`;--> statement-breakpoint
DROP TRIGGER `sanctions_search_delete`;--> statement-breakpoint
DROP TABLE `sanctions_search`;--> statement-breakpoint
CREATE VIRTUAL TABLE `sanctions_search` USING fts5(title, description, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE VIRTUAL TABLE `sanctions_search_terms` USING fts5vocab(`sanctions_search`, instance);--> statement-breakpoint
CREATE TRIGGER `sanctions_search_insert` AFTER INSERT ON `sanctions` WHEN new.retired_at IS NULL BEGIN
  SELECT RAISE(ABORT, 'ids beyond 4294967295 do not fit the word index key') WHERE new.id > 4294967295;
  INSERT INTO `sanctions_search` (rowid, title, description) VALUES (unixepoch(new.announced_on) / 86400 * 4294967296 + new.id, new.title, new.description);
END;--> statement-breakpoint
CREATE TRIGGER `sanctions_search_update` AFTER UPDATE OF title, description, announced_on, retired_at ON `sanctions` BEGIN
  INSERT INTO `sanctions_search` (`sanctions_search`, rowid, title, description) SELECT 'delete', unixepoch(old.announced_on) / 86400 * 4294967296 + old.id, old.title, old.description WHERE old.retired_at IS NULL;
  INSERT INTO `sanctions_search` (rowid, title, description) SELECT unixepoch(new.announced_on) / 86400 * 4294967296 + new.id, new.title, new.description WHERE new.retired_at IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `sanctions_search_delete` AFTER DELETE ON `sanctions` WHEN old.retired_at IS NULL BEGIN
  INSERT INTO `sanctions_search` (`sanctions_search`, rowid, title, description) VALUES ('delete', unixepoch(old.announced_on) / 86400 * 4294967296 + old.id, old.title, old.description);
END;--> statement-breakpoint
INSERT INTO `sanctions_search` (rowid, title, description) SELECT unixepoch(sanctions.announced_on) / 86400 * 4294967296 + sanctions.id, title, description FROM `sanctions` WHERE retired_at IS NULL;
