// Writes the tracker's live entries of one kind as the tracker's own CSV (columns.ts),
// streaming: rows are read a chunk at a time in id order, so memory stays flat whatever
// the table's size. The importer reads the file back to the same entries.

import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
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
import { columnNames, joinValues, type TrackerEntity } from '@/domain/tracker-csv';
import { grouped } from '../export/grouped';

type Cells = Record<string, string | number | null>;

const CHUNK = 1000;

/** The pages an entry's permalink points to, by kind. */
const PAGES: Record<TrackerEntity, string> = {
  aid: '/aid',
  sanctions: '/sanctions',
  events: '/events',
  parties: '/parties',
};

export interface ExportOptions {
  /** The site's origin for permalinks (`https://tracker.example.org`); relative links without it. */
  origin?: string;
}

/** The CSV of every live entry of a kind, header first, as a byte stream. */
export function trackerCsv(db: Db, entity: TrackerEntity, options: ExportOptions = {}): Readable {
  const csv = stringify({
    header: true,
    columns: columnNames(entity),
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { number: (n) => String(n) },
  });
  return Readable.from(trackerRecords(db, entity, options)).pipe(csv);
}

/** The rows of the CSV as cells by column name. */
export async function* trackerRecords(
  db: Db,
  entity: TrackerEntity,
  options: ExportOptions = {},
): AsyncGenerator<Cells> {
  const link = (key: string | number) => `${options.origin ?? ''}${PAGES[entity]}/${key}`;
  for (let after = 0; ;) {
    const chunk = READERS[entity](db, after);
    if (chunk.length === 0) return;
    for (const cells of chunk) {
      cells.permalink = link(entity === 'parties' ? String(cells.slug) : Number(cells.id));
      yield cells;
    }
    after = Number(chunk.at(-1)!.id);
    // Lets a server answer others between chunks of a long download.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const READERS: Record<TrackerEntity, (db: Db, after: number) => Cells[]> = {
  aid: aidChunk,
  sanctions: sanctionsChunk,
  events: eventsChunk,
  parties: partiesChunk,
};

function aidChunk(db: Db, after: number): Cells[] {
  const [donor, recipient] = [alias(parties, 'donor'), alias(parties, 'recipient')];
  const rows = db
    .select({
      id: aidPackages.id,
      announced_on: aidPackages.announcedOn,
      title: aidPackages.title,
      donor: donor.slug,
      donor_name: donor.name,
      recipient: recipient.slug,
      recipient_name: recipient.name,
      category: aidPackages.category,
      status: aidPackages.status,
      amount: aidPackages.amount,
      currency: aidPackages.currency,
      amount_usd: aidPackages.amountUsd,
      exchange_rate: aidPackages.exchangeRate,
      rate_on: aidPackages.rateOn,
      rate_source: aidPackages.rateSource,
      description: aidPackages.description,
    })
    .from(aidPackages)
    .innerJoin(donor, eq(donor.id, aidPackages.donorId))
    .innerJoin(recipient, eq(recipient.id, aidPackages.recipientId))
    .where(and(isNull(aidPackages.retiredAt), gt(aidPackages.id, after)))
    .orderBy(asc(aidPackages.id))
    .limit(CHUNK)
    .all();
  return withCitations(db, rows, citations.aidPackageId);
}

function sanctionsChunk(db: Db, after: number): Cells[] {
  const [imposer, target] = [alias(parties, 'imposer'), alias(parties, 'target')];
  const rows = db
    .select({
      id: sanctions.id,
      announced_on: sanctions.announcedOn,
      title: sanctions.title,
      imposer: imposer.slug,
      imposer_name: imposer.name,
      target: target.slug,
      target_name: target.name,
      measure: sanctions.measure,
      status: sanctions.status,
      effective_on: sanctions.effectiveOn,
      lifted_on: sanctions.liftedOn,
      legal_basis: sanctions.legalBasis,
      programme: sanctions.programme,
      listed_on: sanctions.listedOn,
      authority_id: sanctions.authorityId,
      description: sanctions.description,
    })
    .from(sanctions)
    .innerJoin(imposer, eq(imposer.id, sanctions.imposingId))
    .innerJoin(target, eq(target.id, sanctions.targetId))
    .where(and(isNull(sanctions.retiredAt), gt(sanctions.id, after)))
    .orderBy(asc(sanctions.id))
    .limit(CHUNK)
    .all();
  return withCitations(db, rows, citations.sanctionId);
}

function eventsChunk(db: Db, after: number): Cells[] {
  const rows = db
    .select({
      id: events.id,
      occurred_on: events.occurredOn,
      title: events.title,
      description: events.description,
    })
    .from(events)
    .where(and(isNull(events.retiredAt), gt(events.id, after)))
    .orderBy(asc(events.id))
    .limit(CHUNK)
    .all();
  const involved = grouped(
    rows.length === 0
      ? []
      : db
          .select({ key: eventParties.eventId, slug: parties.slug, name: parties.name })
          .from(eventParties)
          .innerJoin(parties, eq(parties.id, eventParties.partyId))
          .where(
            inArray(
              eventParties.eventId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(parties.name))
          .all(),
    (row) => row.key,
  );
  return withCitations(
    db,
    rows.map((r) => {
      const list = involved.get(r.id) ?? [];
      return {
        ...r,
        parties: joinValues(list.map((p) => p.slug)),
        party_names: joinValues(list.map((p) => p.name)),
      };
    }),
    citations.eventId,
  );
}

function partiesChunk(db: Db, after: number): Cells[] {
  const parent = alias(parties, 'parent');
  const rows = db
    .select({
      id: parties.id,
      slug: parties.slug,
      name: parties.name,
      kind: parties.kind,
      country_code: parties.countryCode,
      parent: parent.slug,
      description: parties.description,
    })
    .from(parties)
    .leftJoin(parent, eq(parent.id, parties.parentId))
    .where(and(isNull(parties.retiredAt), gt(parties.id, after)))
    .orderBy(asc(parties.id))
    .limit(CHUNK)
    .all();
  const ids = rows.map((r) => r.id);
  const identifiers = grouped(
    ids.length === 0
      ? []
      : db
          .select({
            key: partyIdentifiers.partyId,
            value: sql<string>`${partyIdentifiers.scheme} || ':' || ${partyIdentifiers.value}`,
          })
          .from(partyIdentifiers)
          .where(inArray(partyIdentifiers.partyId, ids))
          .orderBy(asc(partyIdentifiers.id))
          .all(),
    (row) => row.key,
  );
  const aliases = grouped(
    ids.length === 0
      ? []
      : db
          .select({ key: partyAliases.partyId, value: partyAliases.name })
          .from(partyAliases)
          .where(inArray(partyAliases.partyId, ids))
          .orderBy(asc(partyAliases.id))
          .all(),
    (row) => row.key,
  );
  return rows.map((r) => ({
    ...r,
    identifiers: joinValues((identifiers.get(r.id) ?? []).map((i) => i.value)),
    aliases: joinValues((aliases.get(r.id) ?? []).map((a) => a.value)),
  }));
}

/** Adds the first citation in full and the further sources by address. */
function withCitations<T extends { id: number }>(
  db: Db,
  rows: T[],
  column: typeof citations.aidPackageId | typeof citations.sanctionId | typeof citations.eventId,
): (T & Cells)[] {
  const cited = grouped(
    rows.length === 0
      ? []
      : db
          .select({
            key: column,
            quote: citations.quote,
            url: sources.url,
            title: sources.title,
            publisher: sources.publisher,
            publishedOn: sources.publishedOn,
            language: sources.language,
          })
          .from(citations)
          .innerJoin(sources, eq(sources.id, citations.sourceId))
          .where(
            inArray(
              column,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(citations.id))
          .all(),
    (row) => row.key,
  );
  return rows.map((row) => {
    const [first, ...others] = cited.get(row.id) ?? [];
    return {
      ...row,
      source_url: first?.url ?? null,
      source_title: first?.title ?? null,
      source_publisher: first?.publisher ?? null,
      source_published_on: first?.publishedOn ?? null,
      source_language: first?.language ?? null,
      quote: first?.quote ?? null,
      other_sources: joinValues(others.map((c) => c.url ?? c.title)),
    } as T & Cells;
  });
}
