import 'server-only';
import { getDb } from '../../index';

// What the edit pages of cited entries share: the citations as the citation editor takes
// them, and stored values as the text a form field shows.

export interface PartyChoice {
  id: number;
  label: string;
}

export interface CitationForEdit {
  source: { id: number; label: string };
  quote: string;
}

/** What every edit page knows about its entry besides the form values. */
export interface EntryMeta {
  id: number;
  version: number;
  retiredAt: string | null;
  updatedAt: string;
}

export type StoredRow = Record<string, string | number | null>;

const CITED_BY = { sanction: 'sanction_id', event: 'event_id' } as const;

export function citationsForEdit(subject: keyof typeof CITED_BY, id: number): CitationForEdit[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT s.id, s.title AS label, c.quote FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.${CITED_BY[subject]} = ? ORDER BY c.id`,
    )
    .all(id) as { id: number; label: string; quote: string }[];
  return rows.map((c) => ({ source: { id: c.id, label: c.label }, quote: c.quote }));
}

/** A stored value as a form field shows it: NULL is an empty field. */
export const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

export function entryMeta(row: StoredRow): EntryMeta {
  return {
    id: Number(row.id),
    version: Number(row.version),
    retiredAt: row.retired_at === null ? null : String(row.retired_at),
    updatedAt: String(row.updated_at),
  };
}

/** The values a form edits, read from the stored row's columns (`{ formName: column }`). */
export function formFields(row: StoredRow, columns: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, asText(row[column])]));
}
