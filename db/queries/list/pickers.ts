import 'server-only';
import { and, desc, isNull, or, sql } from 'drizzle-orm';
import { formatVocabulary } from '../../../domain/vocabulary';
import { likeEscaped, likePattern } from './filters';
import { parties, sources } from '../../schema';
import { preparedOnce } from '../prepared';

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

const LIMIT = 20;

// Asked at every keystroke: prepared once (../prepared.ts).
const matchingParties = preparedOnce((db) => {
  const pattern = sql.placeholder('pattern');
  return (
    db
      .select({
        id: parties.id,
        slug: parties.slug,
        label: parties.name,
        kind: parties.kind,
        country: parties.countryCode,
      })
      .from(parties)
      .where(
        and(
          isNull(parties.retiredAt),
          or(likeEscaped(parties.name, pattern), likeEscaped(parties.slug, pattern)),
        ),
      )
      // Names beginning with the text first.
      .orderBy(
        sql`NOT ${likeEscaped(parties.name, sql.placeholder('prefix'))}`,
        sql`${parties.name} COLLATE NOCASE`,
      )
      .limit(LIMIT)
      .prepare()
  );
});

export function searchParties(q: string): PartyOption[] {
  const rows = matchingParties().all({
    pattern: likePattern(q),
    prefix: `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
  });
  // The public filters show this too: `International org` rather than `international_org`.
  return rows.map(({ kind, country, ...party }) => ({
    ...party,
    detail: [formatVocabulary(kind), country].filter(Boolean).join(' · '),
  }));
}

const matchingSources = preparedOnce((db) => {
  const pattern = sql.placeholder('pattern');
  return db
    .select({
      id: sources.id,
      label: sources.title,
      detail: sql<string>`trim(coalesce(${sources.publisher}, '') || coalesce(' · ' || ${sources.publishedOn}, ''))`,
    })
    .from(sources)
    .where(
      and(
        isNull(sources.retiredAt),
        or(
          likeEscaped(sources.title, pattern),
          likeEscaped(sources.publisher, pattern),
          likeEscaped(sources.url, pattern),
        ),
      ),
    )
    .orderBy(desc(sources.publishedOn), desc(sources.id))
    .limit(LIMIT)
    .prepare();
});

export function searchSources(q: string): PickerOption[] {
  return matchingSources().all({ pattern: likePattern(q) });
}
