import { sql } from 'drizzle-orm';

/** A source as shown next to a figure: where it comes from and the quote, in its original language. */
export interface CitationDto {
  sourceId: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string;
  quote: string;
}

/** Select list for the SQL reads (lists, details) joining `citations c` and `sources s`. */
export const CITATION_COLUMNS = sql.raw(
  's.id AS sourceId, s.title AS sourceTitle, s.publisher AS sourcePublisher, s.url AS sourceUrl, ' +
    's.published_on AS sourcePublishedOn, s.language AS sourceLanguage, c.quote',
);

export interface CitationRow {
  sourceId: number | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedOn: string | null;
  sourceLanguage: string | null;
  quote: string | null;
}

/** Folds one-row-per-citation results into one entry per subject with its citations. */
export function groupCitations<T extends { id: number }>(
  rows: (T & CitationRow)[],
): (Omit<T, keyof CitationRow> & { citations: CitationDto[] })[] {
  const byId = new Map<number, Omit<T, keyof CitationRow> & { citations: CitationDto[] }>();
  for (const row of rows) {
    const {
      sourceId,
      sourceTitle,
      sourcePublisher,
      sourceUrl,
      sourcePublishedOn,
      sourceLanguage,
      quote,
      ...subject
    } = row;
    let entry = byId.get(row.id);
    if (!entry) {
      entry = { ...subject, citations: [] };
      byId.set(row.id, entry);
    }
    if (sourceId !== null && sourceTitle !== null && quote !== null) {
      entry.citations.push({
        sourceId,
        title: sourceTitle,
        publisher: sourcePublisher,
        url: sourceUrl,
        publishedOn: sourcePublishedOn,
        language: sourceLanguage ?? 'und',
        quote,
      });
    }
  }
  return [...byId.values()];
}
