// Rows of the tracker's own CSV, planned: each row is checked by the same rules as the
// admin form for its kind of entry (one way to validate), then matched by its id (a
// party also by its slug) to the entry it updates, or added. Parties are named by slug,
// else by exact name or strong alias; sources by address, else created with the import.
// A row that would change nothing counts as unchanged; a row the form would refuse is a
// row error with the form's own messages.

import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../client';
import {
  aidPackages,
  citations,
  eventParties,
  events,
  parties,
  partyAliases,
  partyIdentifiers,
  sanctions,
  sources,
} from '../schema';
import { aidForm } from '@/domain/validation/aid';
import { eventForm } from '@/domain/validation/event';
import { isRealDate, TITLE_MAX } from '@/domain/validation/fields';
import { partyForm } from '@/domain/validation/party';
import { sanctionForm } from '@/domain/validation/sanction';
import { sourceFields, type SourceInput } from '@/domain/validation/source';
import { splitValues, type TrackerEntity } from '@/domain/tracker-csv';
import { normalizeName } from './normalize';
import type { EntriesPlan, ImportPlan, PlannedEntry } from './plan-types';
import type { ImportedIdentifier, TrackerRow } from './records';

export const emptyEntriesPlan = (): EntriesPlan => ({ entity: null, new: [], updated: [], unchanged: 0 });

type Table = typeof aidPackages | typeof sanctions | typeof events | typeof parties;
const TABLES: Record<TrackerEntity, Table> = {
  aid: aidPackages,
  sanctions,
  events,
  parties,
};

/**
 * Plans each row as it is read, so a file of a hundred thousand rows is never held whole:
 * only what the write needs of each row stays.
 */
export function entriesPlanner(
  db: Db,
  plan: ImportPlan,
  partiesNamed: (name: string) => number[],
): (row: TrackerRow) => void {
  const refs = references(db, partiesNamed);
  const seenIds = new Map<number, string>();
  const seenKeys = new Map<string, string>();
  return (row) => {
    plan.entries.entity = row.entity;
    const planned = planRow(db, row, refs);
    if (typeof planned === 'string') {
      plan.errors.push({ at: row.at, reason: planned });
      return;
    }
    // Two rows for the same entry: the second would silently undo the first.
    const twin = planned.id !== null ? seenIds.get(planned.id) : seenKeys.get(planned.key);
    if (twin) {
      plan.errors.push({ at: row.at, reason: `The same entry as ${twin}; keep one row for it.` });
      return;
    }
    if (planned.id !== null) seenIds.set(planned.id, row.at);
    else seenKeys.set(planned.key, row.at);
    const { key: _key, ...entry } = planned;
    if (entry.id === null) plan.entries.new.push(entry);
    else if (entry.changes.length > 0) plan.entries.updated.push(entry);
    else plan.entries.unchanged += 1;
  };
}

/** Parties by slug or name, and sources by address, each looked up once. */
function references(db: Db, partiesNamed: (name: string) => number[]) {
  const bySlug = new Map<string, number | null>();
  const partyBySlug = (slug: string) => {
    if (!bySlug.has(slug))
      bySlug.set(
        slug,
        db
          .select({ id: parties.id })
          .from(parties)
          .where(and(eq(parties.slug, slug), isNull(parties.retiredAt)))
          .get()?.id ?? null,
      );
    return bySlug.get(slug)!;
  };
  /** A party by slug, else by its exact name; a message when there is none or several. */
  const party = (slug: string, name: string, what: string): number | string => {
    if (slug) return partyBySlug(slug) ?? `No ${what} has the address name “${slug}” in this tracker.`;
    if (!name) return `Give the ${what}'s address name (slug) or name.`;
    const found = partiesNamed(name);
    if (found.length === 1) return found[0]!;
    return found.length === 0
      ? `No ${what} is named “${name}” in this tracker; give its address name (slug).`
      : `“${name}” names ${found.length} parties; give the ${what}'s address name (slug).`;
  };
  const known = new Map<string, number | null>();
  /** A live source by its address, else (one without an address) by its exact title. */
  const sourceOf = (url: string, title: string) => {
    const key = url ? `url:${url}` : `title:${title}`;
    if (!known.has(key))
      known.set(
        key,
        db
          .select({ id: sources.id })
          .from(sources)
          .where(
            and(
              url ? eq(sources.url, url) : and(isNull(sources.url), eq(sources.title, title)),
              isNull(sources.retiredAt),
            ),
          )
          .orderBy(sources.id)
          .get()?.id ?? null,
      );
    return known.get(key)!;
  };
  // Prepared once: every new aid row is checked against the live packages.
  const aidTwin = db
    .select({ id: aidPackages.id })
    .from(aidPackages)
    .where(
      and(
        isNull(aidPackages.retiredAt),
        eq(aidPackages.donorId, sql.placeholder('donorId')),
        eq(aidPackages.recipientId, sql.placeholder('recipientId')),
        eq(aidPackages.category, sql.placeholder('category')),
        eq(aidPackages.announcedOn, sql.placeholder('announcedOn')),
        eq(aidPackages.title, sql.placeholder('title')),
      ),
    )
    .prepare();
  const newSources = new Map<string, { key: string; fields: SourceInput }>();
  return { party, sourceOf, aidTwin, newSources };
}
type Refs = ReturnType<typeof references>;

/** A row's cell by column name; a column the file lacks reads as empty. */
const cellOf =
  (row: TrackerRow) =>
  (column: string): string =>
    row.cells[column] ?? '';

/** The form's messages for a refused row, one line. */
function refusal(error: z.ZodError): string {
  return error.issues.map((i) => i.message).join(' ');
}

function planRow(db: Db, row: TrackerRow, refs: Refs): (PlannedEntry & { key: string }) | string {
  const c = cellOf(row);
  const id = c('id') ? Number(c('id')) : null;
  if (id !== null && !(Number.isSafeInteger(id) && id > 0))
    return `The id “${c('id')}” is not an entry number.`;
  const table = TABLES[row.entity];
  let current: Record<string, unknown> | undefined;
  if (id !== null) {
    current = db
      .select()
      .from(table)
      .where(and(eq(table.id, id), isNull(table.retiredAt)))
      .get() as Record<string, unknown> | undefined;
    if (!current)
      return `No live ${row.entity === 'aid' ? 'aid package' : row.entity.replace(/s$/, '')} #${id} in this tracker; leave the id empty to add it as new.`;
  }
  return PLANNERS[row.entity](db, row, refs, id, current);
}

type Planner = (
  db: Db,
  row: TrackerRow,
  refs: Refs,
  id: number | null,
  current: Record<string, unknown> | undefined,
) => (PlannedEntry & { key: string }) | string;

/** The citation a row gives, as the forms' citations field takes it. */
function citationOf(row: TrackerRow, refs: Refs): { json: string; source: PlannedEntry['source'] } | string {
  const c = cellOf(row);
  const url = canonicalUrl(c('source_url'));
  const existing = url || c('source_title') ? refs.sourceOf(url, c('source_title')) : null;
  if (existing !== null)
    return { json: JSON.stringify([{ sourceId: existing, quote: c('quote') }]), source: { id: existing } };
  const fields = {
    title: c('source_title') || url,
    publisher: c('source_publisher'),
    url: url || null,
    publishedOn: c('source_published_on'),
    language: c('source_language') || 'en',
  };
  // Rows citing the same new source share one checked copy of it.
  const seen = JSON.stringify(fields);
  let source = refs.newSources.get(seen);
  if (!source) {
    const parsed = sourceFields.safeParse(fields);
    if (!parsed.success) return `Source: ${refusal(parsed.error)}`;
    source = { key: parsed.data.url ?? `title:${parsed.data.title}`, fields: parsed.data };
    refs.newSources.set(seen, source);
  }
  return { json: JSON.stringify([{ newSource: source.fields, quote: c('quote') }]), source };
}

/** An address as the source form stores it (`https://example.org` → `https://example.org/`). */
function canonicalUrl(url: string): string {
  try {
    return url ? new URL(url).href : '';
  } catch {
    // Left as given for the source's rules to refuse with their message.
    return url;
  }
}

/** The fields of `wanted` whose value differs from the current row's. */
function changed(current: Record<string, unknown> | undefined, wanted: Record<string, unknown>): string[] {
  if (!current) return Object.keys(wanted);
  return Object.keys(wanted).filter((k) => (current[k] ?? null) !== (wanted[k] ?? null));
}

/** Whether the entry already cites this source with this quote. */
function citesAlready(
  db: Db,
  subject: AnySQLiteColumn,
  id: number,
  source: PlannedEntry['source'],
  quote: string,
): boolean {
  if (!source || !('id' in source)) return false;
  return (
    db
      .select({ id: citations.id })
      .from(citations)
      .where(and(eq(subject, id), eq(citations.sourceId, source.id), eq(citations.quote, quote)))
      .get() !== undefined
  );
}

const optionalNumber = (cell: string, label: string): number | null | string => {
  if (!cell) return null;
  const n = Number(cell);
  return Number.isFinite(n) && n > 0 && n < 1e12
    ? n
    : `${label} “${cell.slice(0, 20)}” is not a positive number.`;
};
const optionalDate = (cell: string, label: string): string | null | { error: string } =>
  !cell
    ? null
    : /^\d{4}-\d{2}-\d{2}$/.test(cell) && isRealDate(cell)
      ? cell
      : { error: `${label} “${cell.slice(0, 20)}” is not a date like 2022-03-10.` };
const optionalLine = (cell: string, label: string): string | null | { error: string } =>
  !cell
    ? null
    : cell.length > TITLE_MAX || /[\u0000-\u001F]/.test(cell)
      ? { error: `${label} must be one line of at most ${TITLE_MAX} characters.` }
      : cell;

const PLANNERS: Record<TrackerEntity, Planner> = {
  aid(db, row, refs, id, current) {
    const c = cellOf(row);
    const donorId = refs.party(c('donor'), c('donor_name'), 'donor');
    if (typeof donorId === 'string') return donorId;
    const recipientId = refs.party(c('recipient'), c('recipient_name'), 'recipient');
    if (typeof recipientId === 'string') return recipientId;
    const citation = citationOf(row, refs);
    if (typeof citation === 'string') return citation;
    const parsed = aidForm.safeParse({
      donorId,
      recipientId,
      category: c('category'),
      status: c('status'),
      amount: c('amount'),
      currency: c('currency'),
      amountUsd: c('amount_usd'),
      announcedOn: c('announced_on'),
      title: c('title'),
      description: c('description'),
      citations: citation.json,
    });
    if (!parsed.success) return refusal(parsed.error);
    const exchangeRate = optionalNumber(c('exchange_rate'), 'The exchange rate');
    if (typeof exchangeRate === 'string') return exchangeRate;
    const rateOn = optionalDate(c('rate_on'), 'The rate date');
    if (rateOn && typeof rateOn === 'object') return rateOn.error;
    const rateSource = optionalLine(c('rate_source'), 'The rate source');
    if (rateSource && typeof rateSource === 'object') return rateSource.error;
    const { citations: cited, confirmDuplicate, ...fields } = parsed.data;
    const values = { ...fields, exchangeRate, rateOn, rateSource };
    if (id === null) {
      const twin = refs.aidTwin.get(values);
      if (twin) return `Already in the tracker as aid package #${twin.id}; give its id to update it.`;
    }
    const quote = cited[0]!.quote;
    const changes = changed(current, values);
    if (id !== null && !citesAlready(db, citations.aidPackageId, id, citation.source, quote))
      changes.push('citation');
    return {
      at: row.at,
      entity: 'aid',
      id,
      label: values.title,
      values,
      changes,
      source: citation.source,
      quote,
      key: [values.donorId, values.recipientId, values.category, values.announcedOn, values.title].join(
        '\u0000',
      ),
    };
  },
  sanctions(db, row, refs, id, current) {
    const c = cellOf(row);
    const imposingId = refs.party(c('imposer'), c('imposer_name'), 'imposing party');
    if (typeof imposingId === 'string') return imposingId;
    const targetId = refs.party(c('target'), c('target_name'), 'target');
    if (typeof targetId === 'string') return targetId;
    const citation = citationOf(row, refs);
    if (typeof citation === 'string') return citation;
    const parsed = sanctionForm.safeParse({
      imposingId,
      targetId,
      measure: c('measure'),
      status: c('status'),
      announcedOn: c('announced_on'),
      effectiveOn: c('effective_on'),
      liftedOn: c('lifted_on'),
      legalBasis: c('legal_basis'),
      title: c('title'),
      description: c('description'),
      citations: citation.json,
    });
    if (!parsed.success) return refusal(parsed.error);
    const programme = optionalLine(c('programme'), 'The programme');
    if (programme && typeof programme === 'object') return programme.error;
    const listedOn = optionalDate(c('listed_on'), 'The listing date');
    if (listedOn && typeof listedOn === 'object') return listedOn.error;
    const authorityId = optionalLine(c('authority_id'), "The list's id");
    if (authorityId && typeof authorityId === 'object') return authorityId.error;
    const { citations: cited, ...fields } = parsed.data;
    const values = { ...fields, programme, listedOn, authorityId };
    if (authorityId) {
      const holder = db
        .select({ id: sanctions.id })
        .from(sanctions)
        .where(
          and(
            eq(sanctions.imposingId, imposingId),
            eq(sanctions.authorityId, authorityId),
            id === null ? undefined : ne(sanctions.id, id),
          ),
        )
        .get();
      if (holder)
        return `Sanction #${holder.id} of the same imposer has the list id “${authorityId}”; give its id to update it.`;
    }
    const quote = cited[0]!.quote;
    const changes = changed(current, values);
    if (id !== null && !citesAlready(db, citations.sanctionId, id, citation.source, quote))
      changes.push('citation');
    return {
      at: row.at,
      entity: 'sanctions',
      id,
      label: values.title,
      values,
      changes,
      source: citation.source,
      quote,
      key: authorityId
        ? `${imposingId}\u0000${authorityId}`
        : [imposingId, targetId, values.measure, values.announcedOn, values.title].join('\u0000'),
    };
  },
  events(db, row, refs, id, current) {
    const c = cellOf(row);
    const partyIds: number[] = [];
    for (const slug of splitValues(c('parties'))) {
      const found = refs.party(slug, '', 'party');
      if (typeof found === 'string') return found;
      partyIds.push(found);
    }
    const citation = citationOf(row, refs);
    if (typeof citation === 'string') return citation;
    const parsed = eventForm.safeParse({
      occurredOn: c('occurred_on'),
      title: c('title'),
      description: c('description'),
      partyIds,
      citations: citation.json,
    });
    if (!parsed.success) return refusal(parsed.error);
    const { citations: cited, partyIds: ids, ...values } = parsed.data;
    const quote = cited[0]!.quote;
    const changes = changed(current, values);
    if (id !== null) {
      const now = db
        .select({ id: eventParties.partyId })
        .from(eventParties)
        .where(eq(eventParties.eventId, id))
        .all()
        .map((p) => p.id);
      if (now.length !== ids.length || ids.some((p) => !now.includes(p))) changes.push('parties');
      if (!citesAlready(db, citations.eventId, id, citation.source, quote)) changes.push('citation');
    }
    return {
      at: row.at,
      entity: 'events',
      id,
      label: values.title,
      values,
      changes,
      partyIds: ids,
      source: citation.source,
      quote,
      key: [values.occurredOn, normalizeName(values.title)].join('\u0000'),
    };
  },
  parties(db, row, refs, givenId, given) {
    const c = cellOf(row);
    let id = givenId;
    let current = given;
    // A party is also found by its address name, which is unique.
    if (id === null && c('slug')) {
      current = db
        .select()
        .from(parties)
        .where(and(eq(parties.slug, c('slug')), isNull(parties.retiredAt)))
        .get();
      id = (current?.id as number | undefined) ?? null;
    }
    let parentId: number | null = null;
    if (c('parent')) {
      const found = refs.party(c('parent'), '', 'parent party');
      if (typeof found === 'string') return found;
      parentId = found;
    }
    const parsed = partyForm.safeParse({
      name: c('name'),
      slug: c('slug'),
      kind: c('kind'),
      countryCode: c('country_code'),
      parentId: parentId ?? '',
      description: c('description'),
    });
    if (!parsed.success) return refusal(parsed.error);
    const values = parsed.data;
    if (id !== null && parentId === id) return 'A party cannot be its own parent.';
    const identifiers: ImportedIdentifier[] = [];
    for (const pair of splitValues(c('identifiers'))) {
      const [scheme, ...rest] = pair.split(':');
      const value = rest.join(':').trim();
      if (!scheme || !/^[a-z][a-z0-9-]{0,30}$/.test(scheme.trim()) || !value)
        return `The identifier “${pair.slice(0, 40)}” is not scheme:value (ofac:12345, imo:9339301).`;
      identifiers.push({ scheme: scheme.trim(), value });
    }
    const held =
      id === null ? [] : db.select().from(partyIdentifiers).where(eq(partyIdentifiers.partyId, id)).all();
    const newIdentifiers = identifiers.filter(
      (i) => !held.some((h) => h.scheme === i.scheme && h.value === i.value),
    );
    for (const i of newIdentifiers) {
      const holder = db
        .select({ partyId: partyIdentifiers.partyId })
        .from(partyIdentifiers)
        .where(
          and(
            eq(partyIdentifiers.scheme, i.scheme),
            eq(partyIdentifiers.value, i.value),
            eq(partyIdentifiers.country, ''),
          ),
        )
        .get();
      if (holder) return `The identifier ${i.scheme}:${i.value} belongs to party #${holder.partyId}.`;
    }
    const aliases = splitValues(c('aliases')).filter((a) => normalizeName(a) !== normalizeName(values.name));
    const known = new Set(
      id === null
        ? []
        : db
            .select({ normalized: partyAliases.normalized })
            .from(partyAliases)
            .where(eq(partyAliases.partyId, id))
            .all()
            .map((a) => a.normalized),
    );
    const newAliases = aliases.filter((a) => !known.has(normalizeName(a)));
    const changes = changed(current, values);
    if (newIdentifiers.length > 0) changes.push('identifiers');
    if (newAliases.length > 0) changes.push('aliases');
    if (id === null) {
      const clash = db.select({ id: parties.id }).from(parties).where(eq(parties.slug, values.slug)).get();
      if (clash)
        return `The address name “${values.slug}” is taken by party #${clash.id}; give its id to update it, or another address name.`;
    }
    return {
      at: row.at,
      entity: 'parties',
      id,
      label: values.name,
      values,
      changes,
      identifiers: newIdentifiers,
      aliases: newAliases,
      key: values.slug,
    };
  },
};
