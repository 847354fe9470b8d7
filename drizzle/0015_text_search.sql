-- Word search over the live rows' title and description (the lists' `q`), so a search
-- reads an index instead of matching LIKE '%…%' against every row (0.3-0.7 s at 1M rows).
-- External content: the words are indexed, the text stays in its table. Retired rows are
-- left out, as every public read leaves them out; the triggers keep the index in step with
-- inserts, edits, retiring and restoring (one trigger for an edit, so the old words go
-- before the new ones come in).
CREATE VIRTUAL TABLE `aid_search` USING fts5(title, description, content='aid_packages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `aid_search_insert` AFTER INSERT ON `aid_packages` WHEN new.retired_at IS NULL BEGIN
  INSERT INTO `aid_search` (rowid, title, description) VALUES (new.id, new.title, new.description);
END;--> statement-breakpoint
CREATE TRIGGER `aid_search_update` AFTER UPDATE OF title, description, retired_at ON `aid_packages` BEGIN
  INSERT INTO `aid_search` (`aid_search`, rowid, title, description) SELECT 'delete', old.id, old.title, old.description WHERE old.retired_at IS NULL;
  INSERT INTO `aid_search` (rowid, title, description) SELECT new.id, new.title, new.description WHERE new.retired_at IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `aid_search_delete` AFTER DELETE ON `aid_packages` WHEN old.retired_at IS NULL BEGIN
  INSERT INTO `aid_search` (`aid_search`, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;--> statement-breakpoint
INSERT INTO `aid_search` (rowid, title, description) SELECT id, title, description FROM `aid_packages` WHERE retired_at IS NULL;--> statement-breakpoint
CREATE VIRTUAL TABLE `sanctions_search` USING fts5(title, description, content='sanctions', content_rowid='id', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `sanctions_search_insert` AFTER INSERT ON `sanctions` WHEN new.retired_at IS NULL BEGIN
  INSERT INTO `sanctions_search` (rowid, title, description) VALUES (new.id, new.title, new.description);
END;--> statement-breakpoint
CREATE TRIGGER `sanctions_search_update` AFTER UPDATE OF title, description, retired_at ON `sanctions` BEGIN
  INSERT INTO `sanctions_search` (`sanctions_search`, rowid, title, description) SELECT 'delete', old.id, old.title, old.description WHERE old.retired_at IS NULL;
  INSERT INTO `sanctions_search` (rowid, title, description) SELECT new.id, new.title, new.description WHERE new.retired_at IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `sanctions_search_delete` AFTER DELETE ON `sanctions` WHEN old.retired_at IS NULL BEGIN
  INSERT INTO `sanctions_search` (`sanctions_search`, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;--> statement-breakpoint
INSERT INTO `sanctions_search` (rowid, title, description) SELECT id, title, description FROM `sanctions` WHERE retired_at IS NULL;
