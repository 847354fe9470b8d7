import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../../index';
import { citations, sources } from '../../schema';

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

const CITED_BY = {
  aid_package: citations.aidPackageId,
  sanction: citations.sanctionId,
  event: citations.eventId,
};

export function citationsForEdit(subject: keyof typeof CITED_BY, id: number): CitationForEdit[] {
  return getDb()
    .select({ id: sources.id, label: sources.title, quote: citations.quote })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(eq(CITED_BY[subject], id))
    .orderBy(asc(citations.id))
    .all()
    .map((c) => ({ source: { id: c.id, label: c.label }, quote: c.quote }));
}

/** A stored value as a form field shows it: NULL is an empty field. */
export const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

export const entryMeta = ({ id, version, retiredAt, updatedAt }: EntryMeta): EntryMeta => ({
  id,
  version,
  retiredAt,
  updatedAt,
});

/** The values a form edits, as text, read from the stored row's fields of the same names. */
export function formFields<R extends object>(row: R, fields: (keyof R & string)[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, asText(row[field])]));
}
