import 'server-only';
import { formatVocabulary } from '../../../domain/vocabulary';
import { likePattern } from './filters';
import { getDb } from '../../index';

// Search-as-you-type for the admin forms' pickers and the public party filters: a few best
// matches, never a full list.

export interface PickerOption {
  id: number;
  label: string;
  detail: string | null;
}

/** The public filters put the slug in the URL; the admin forms keep the id. */
export interface PartyOption extends PickerOption {
  slug: string;
}

type PartyRow = Omit<PartyOption, 'detail'> & { kind: string; country: string | null };

const LIMIT = 20;

export function searchParties(q: string): PartyOption[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT id, slug, name AS label, kind, country_code AS country FROM parties
       WHERE retired_at IS NULL AND (name LIKE @pattern ESCAPE '\\' OR slug LIKE @pattern ESCAPE '\\')
       ORDER BY name NOT LIKE @prefix ESCAPE '\\', name COLLATE NOCASE LIMIT ${LIMIT}`,
    )
    .all({ pattern: likePattern(q), prefix: `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as PartyRow[];
  // The public filters show this too: `International org` rather than `international_org`.
  return rows.map(({ kind, country, ...party }) => ({
    ...party,
    detail: [formatVocabulary(kind), country].filter(Boolean).join(' · '),
  }));
}

export function searchSources(q: string): PickerOption[] {
  return getDb()
    .$client.prepare(
      `SELECT id, title AS label, trim(coalesce(publisher, '') || coalesce(' · ' || published_on, '')) AS detail FROM sources
       WHERE retired_at IS NULL AND (title LIKE @pattern ESCAPE '\\' OR publisher LIKE @pattern ESCAPE '\\' OR url LIKE @pattern ESCAPE '\\')
       ORDER BY published_on DESC, id DESC LIMIT ${LIMIT}`,
    )
    .all({ pattern: likePattern(q) }) as PickerOption[];
}
