import 'server-only';
import { likePattern } from './filters';
import { getDb } from '../index';

// Search-as-you-type for the admin forms' pickers: a few best matches, never a full list.

export interface PickerOption {
  id: number;
  label: string;
  detail: string | null;
}

const LIMIT = 20;

export function searchParties(q: string): PickerOption[] {
  return getDb()
    .$client.prepare(
      `SELECT id, name AS label, kind || coalesce(' · ' || country_code, '') AS detail FROM parties
       WHERE retired_at IS NULL AND (name LIKE @pattern ESCAPE '\\' OR slug LIKE @pattern ESCAPE '\\')
       ORDER BY name NOT LIKE @prefix ESCAPE '\\', name COLLATE NOCASE LIMIT ${LIMIT}`,
    )
    .all({ pattern: likePattern(q), prefix: `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as PickerOption[];
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
