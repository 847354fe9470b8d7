import { DAYS, dayIndex, entryTimestamp, FIRST_DAY, type Timeline } from './calendar';
import type { Cast } from './cast';
import { ANCHOR_EVENTS, routineEvent } from './events';
import type { Writer } from './load';
import type { Rng } from './random';
import { createSources, type SourceShelf } from './sources';
import { LANGUAGES, WORDING, localisedNames, type Language } from './wording';

// The small tables, written first: parties, sources, events with their parties and
// citations. Everything the aid and sanction streams refer to.

export interface WorldContext {
  rng: Rng;
  timeline: Timeline;
  cast: Cast;
  sources: number;
  events: number;
  /** What the file was generated from, kept in app_meta for whoever reads it later. */
  meta: { aid: number; sanctions: number; seed: number };
}

export interface World {
  shelf: SourceShelf;
  names: Record<Language, string[]>;
  events: number;
  citations: number;
  eventParties: number;
}

export function writeWorld(writer: Writer, ctx: WorldContext): World {
  const { cast, timeline } = ctx;
  writer.meta('synthetic', JSON.stringify({ ...ctx.meta, languages: LANGUAGES.length }));
  const created = `${FIRST_DAY}T08:00:00.000Z`;
  for (const party of cast.parties) writer.party(party, created);

  const names = localisedNames(cast.parties);
  const sourceRng = ctx.rng.fork(1);
  const shelf = createSources(sourceRng, ctx.sources, timeline, cast, names);
  for (const source of shelf.rows)
    writer.source(source, entryTimestamp(sourceRng, dayIndex(source.publishedOn)));

  const eventRng = ctx.rng.fork(2);
  const anchors = ANCHOR_EVENTS.map((e) => ({
    on: e.on,
    title: e.title,
    parties: e.parties.map(cast.idOf),
    real: true,
  }));
  const routine = Array.from({ length: Math.max(0, ctx.events - anchors.length) }, () => ({
    ...routineEvent(eventRng, timeline, cast),
    real: false,
  }));
  const events = [...anchors, ...routine].sort((a, b) =>
    a.on < b.on ? -1 : a.on > b.on ? 1 : a.title < b.title ? -1 : 1,
  );

  let citations = 0;
  let eventParties = 0;
  events.forEach((e, i) => {
    const id = i + 1;
    const day = dayIndex(e.on);
    const createdAt = entryTimestamp(eventRng, day);
    writer.event(id, e.on, e.title, e.real ? 'A real-world event, for context.' : null, createdAt);
    for (const partyId of e.parties) writer.eventParty(id, partyId);
    eventParties += e.parties.length;
    const first = shelf.near(eventRng, day);
    const sources = eventRng.chance(0.3) ? new Set([first, shelf.near(eventRng, day)]) : [first];
    for (const source of sources) {
      const lead = names[source.language][e.parties[0] ?? 0] ?? '';
      writer.citation(
        'event',
        id,
        source.id,
        WORDING[source.language].event(lead, DAYS[day] ?? e.on),
        createdAt,
      );
      citations++;
    }
  });
  return { shelf, names, events: events.length, citations, eventParties };
}
