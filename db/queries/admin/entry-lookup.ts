import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { aidPackages, events, parties, sanctions, sources } from '../../schema';
import { preparedOnce } from '../prepared';

export type EntryKind = 'aid' | 'sanction' | 'event' | 'source' | 'party';

// One indexed probe per kind (primary key, or the unique slug), live rows only.
const LOOKUP = {
  aid: { table: aidPackages, title: aidPackages.title, key: aidPackages.id },
  sanction: { table: sanctions, title: sanctions.title, key: sanctions.id },
  event: { table: events, title: events.title, key: events.id },
  source: { table: sources, title: sources.title, key: sources.id },
  party: { table: parties, title: parties.name, key: parties.slug },
} satisfies Record<EntryKind, unknown>;

// Every detail page asks for its title: prepared once (prepared.ts).
const titleQuery = (kind: EntryKind) =>
  preparedOnce((db) => {
    const { table, title, key } = LOOKUP[kind];
    return db
      .select({ title })
      .from(table)
      .where(and(eq(key, sql.placeholder('key')), isNull(table.retiredAt)))
      .prepare();
  });
const QUERIES: Record<EntryKind, ReturnType<typeof titleQuery>> = {
  aid: titleQuery('aid'),
  sanction: titleQuery('sanction'),
  event: titleQuery('event'),
  source: titleQuery('source'),
  party: titleQuery('party'),
};

/** The title (a party's name) of a live entry, or null: cheap enough for page titles and the 404 check. */
export function entryTitle(kind: EntryKind, key: string | number): string | null {
  return QUERIES[kind]().get({ key })?.title ?? null;
}
