// Writes the tracker's live parties, sanctions and aid as FollowTheMoney entities, one JSON
// object a line (`entities.ftm.json`), the inverse of the FtM importer
// (db/import/formats/ftm.ts): the same schemata and property names, so the importer reads
// the file back to the same data. Rows are read a chunk at a time in id order and the
// parties go first, so memory stays flat and every link names an entity already written.

import { Readable } from 'node:stream';
import { and, asc, eq, gt, inArray, isNull, lte, max } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import {
  aidPackages,
  citations,
  parties,
  partyAliases,
  partyIdentifiers,
  sanctions,
  sources,
} from '../schema';
import type { PartyKind, SanctionMeasure } from '@/domain/vocabulary';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const CHUNK = 1000;

interface Bounds {
  parties: number;
  sanctions: number;
  aid: number;
}

/** Party kind → schema (and topics), as the importer maps them back. */
const SCHEMATA: Record<PartyKind, { schema: string; topics?: string[] }> = {
  person: { schema: 'Person' },
  company: { schema: 'Company' },
  company_group: { schema: 'Company' },
  government: { schema: 'PublicBody' },
  state: { schema: 'PublicBody', topics: ['gov.national'] },
  international_org: { schema: 'Organization', topics: ['gov.igo'] },
  bloc: { schema: 'Organization', topics: ['gov.igo'] },
  vessel: { schema: 'Vessel' },
  aircraft: { schema: 'Airplane' },
  other: { schema: 'Organization' },
};

/** Identifier scheme → the FtM property the importer reads it from. */
const IDENTIFIER_PROPERTIES: Record<string, string> = {
  lei: 'leiCode',
  inn: 'innCode',
  imo: 'imoNumber',
  wikidata: 'wikidataId',
  passport: 'passportNumber',
  'national-id': 'idNumber',
  'tax-id': 'taxNumber',
  registration: 'registrationNumber',
};

/** Measure → words of `provisions` the importer reads back as that measure. */
const PROVISIONS: Record<SanctionMeasure, string> = {
  asset_freeze: 'Asset freeze',
  travel_ban: 'Travel ban',
  export_control: 'Export controls',
  import_ban: 'Import ban',
  financial: 'Financial sanctions',
  arms_embargo: 'Arms embargo',
  sectoral: 'Sectoral sanctions',
  economic: 'Economic sanctions',
  other: 'Other measures',
};

/** The file as a byte stream of JSON lines. */
export function ftmJsonLines(db: Db): Readable {
  return Readable.from(
    (async function* () {
      // Lines go out in blocks of about 64 KB: one write per entity would cost more than it.
      let block = '';
      for await (const entity of ftmEntities(db)) {
        block += `${JSON.stringify(entity)}\n`;
        if (block.length >= 65536) {
          yield Buffer.from(block);
          block = '';
        }
      }
      if (block !== '') yield Buffer.from(block);
    })(),
  );
}

/** Every live party, then every live sanction and aid package, as FtM entities. */
export async function* ftmEntities(db: Db): AsyncGenerator<FtmEntity> {
  // Rows added while the file is written are left to the next one: with the parties capped,
  // no sanction or payment links a party the file lacks (a retired one is left out whole).
  const last = (table: typeof parties | typeof sanctions | typeof aidPackages) =>
    db
      .select({ id: max(table.id) })
      .from(table)
      .get()?.id ?? 0;
  const upTo = { parties: last(parties), sanctions: last(sanctions), aid: last(aidPackages) };
  yield* chunked((after) => partiesChunk(db, after, upTo.parties));
  yield* chunked((after) => sanctionsChunk(db, after, upTo));
  yield* chunked((after) => aidChunk(db, after, upTo));
}

async function* chunked(read: (after: number) => { id: number; entities: FtmEntity[] }[]) {
  for (let after = 0; ;) {
    const chunk = read(after);
    if (chunk.length === 0) return;
    for (const row of chunk) yield* row.entities;
    after = chunk.at(-1)!.id;
    // Lets a server answer others between chunks of a long download.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A party's entity id: the FtM id it came with, else one namespaced by the tracker's id. */
const partyEntityId = (id: number, ftmId: string | null) => ftmId ?? `tracker-party-${id}`;

/** Properties without the empty ones (FtM writes no empty lists). */
function props(values: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(values)) {
    const kept = list.filter((v): v is string => typeof v === 'string' && v !== '');
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

function partiesChunk(db: Db, after: number, upTo: number) {
  const ftmId = alias(partyIdentifiers, 'ftm_id');
  const rows = db
    .select({
      id: parties.id,
      name: parties.name,
      kind: parties.kind,
      countryCode: parties.countryCode,
      description: parties.description,
      ftmId: ftmId.value,
    })
    .from(parties)
    .leftJoin(ftmId, and(eq(ftmId.partyId, parties.id), eq(ftmId.scheme, 'ftm')))
    .where(and(isNull(parties.retiredAt), gt(parties.id, after), lte(parties.id, upTo)))
    .orderBy(asc(parties.id))
    .limit(CHUNK)
    .all();
  const ids = rows.map((r) => r.id);
  const identifiers = grouped(
    ids.length === 0
      ? []
      : db
          .select()
          .from(partyIdentifiers)
          .where(inArray(partyIdentifiers.partyId, ids))
          .orderBy(asc(partyIdentifiers.id))
          .all(),
  );
  const aliases = grouped(
    ids.length === 0
      ? []
      : db
          .select()
          .from(partyAliases)
          .where(inArray(partyAliases.partyId, ids))
          .orderBy(asc(partyAliases.id))
          .all(),
  );
  return rows.map((row) => {
    const { schema, topics = [] } = SCHEMATA[row.kind];
    const values: Record<string, string[]> = {
      name: [row.name],
      alias: [],
      weakAlias: [],
      country: row.countryCode ? [row.countryCode.toLowerCase()] : [],
      topics,
      notes: row.description ? [row.description] : [],
    };
    for (const a of aliases.get(row.id) ?? [])
      values[a.strength === 'weak' ? 'weakAlias' : 'alias']!.push(a.name);
    const id = partyEntityId(row.id, row.ftmId);
    // Ids without an FtM property (a list's own), or with an issuing country, go as
    // Identification entities, written before their holder: the importer reads them so.
    const documents: FtmEntity[] = [];
    for (const i of identifiers.get(row.id) ?? []) {
      if (i.scheme === 'ftm') continue;
      const property = IDENTIFIER_PROPERTIES[i.scheme];
      if (property && i.country === '') (values[property] ??= []).push(i.value);
      else
        documents.push({
          id: `tracker-identifier-${i.id}`,
          schema: i.scheme === 'passport' ? 'Passport' : 'Identification',
          properties: props({
            holder: [id],
            number: [i.value],
            type: [i.scheme],
            country: [i.country.toLowerCase()],
          }),
        });
    }
    return { id: row.id, entities: [...documents, { id, schema, properties: props(values) }] };
  });
}

function sanctionsChunk(db: Db, after: number, upTo: Bounds) {
  const [imposer, target, targetFtm] = [
    alias(parties, 'imposer'),
    alias(parties, 'target'),
    alias(partyIdentifiers, 'target_ftm'),
  ];
  const rows = db
    .select({
      id: sanctions.id,
      imposer: imposer.name,
      imposerCountry: imposer.countryCode,
      targetId: target.id,
      targetFtm: targetFtm.value,
      measure: sanctions.measure,
      status: sanctions.status,
      announcedOn: sanctions.announcedOn,
      effectiveOn: sanctions.effectiveOn,
      liftedOn: sanctions.liftedOn,
      programme: sanctions.programme,
      listedOn: sanctions.listedOn,
      authorityId: sanctions.authorityId,
      title: sanctions.title,
    })
    .from(sanctions)
    .innerJoin(imposer, eq(imposer.id, sanctions.imposingId))
    .innerJoin(target, eq(target.id, sanctions.targetId))
    .leftJoin(targetFtm, and(eq(targetFtm.partyId, target.id), eq(targetFtm.scheme, 'ftm')))
    // A live sanction of a retired party would link an entity the file leaves out.
    .where(
      and(
        isNull(sanctions.retiredAt),
        isNull(imposer.retiredAt),
        isNull(target.retiredAt),
        lte(imposer.id, upTo.parties),
        lte(target.id, upTo.parties),
        gt(sanctions.id, after),
        lte(sanctions.id, upTo.sanctions),
      ),
    )
    .orderBy(asc(sanctions.id))
    .limit(CHUNK)
    .all();
  const cited = citedBy(db, citations.sanctionId, rows);
  return rows.map((row) => {
    const sources = cited.get(row.id) ?? [];
    const entity: FtmEntity = {
      id: `tracker-sanction-${row.id}`,
      schema: 'Sanction',
      properties: props({
        entity: [partyEntityId(row.targetId, row.targetFtm)],
        authority: [row.imposer],
        country: [row.imposerCountry?.toLowerCase()],
        authorityId: [row.authorityId],
        program: [row.programme],
        provisions: [PROVISIONS[row.measure]],
        status: [row.status],
        date: [row.announcedOn],
        startDate: [row.effectiveOn],
        endDate: [row.liftedOn],
        listingDate: [row.listedOn],
        summary: [sources[0]?.quote],
        // The importer takes a Sanction's description as its title (FtM has no title).
        description: [row.title],
        sourceUrl: sources.map((s) => s.url),
      }),
    };
    return { id: row.id, entities: [entity] };
  });
}

function aidChunk(db: Db, after: number, upTo: Bounds) {
  const [donor, recipient, donorFtm, recipientFtm] = [
    alias(parties, 'donor'),
    alias(parties, 'recipient'),
    alias(partyIdentifiers, 'donor_ftm'),
    alias(partyIdentifiers, 'recipient_ftm'),
  ];
  const rows = db
    .select({
      id: aidPackages.id,
      donorId: donor.id,
      donorFtm: donorFtm.value,
      recipientId: recipient.id,
      recipientFtm: recipientFtm.value,
      category: aidPackages.category,
      status: aidPackages.status,
      amount: aidPackages.amount,
      currency: aidPackages.currency,
      amountUsd: aidPackages.amountUsd,
      announcedOn: aidPackages.announcedOn,
      title: aidPackages.title,
      description: aidPackages.description,
      authorityId: aidPackages.authorityId,
    })
    .from(aidPackages)
    .innerJoin(donor, eq(donor.id, aidPackages.donorId))
    .innerJoin(recipient, eq(recipient.id, aidPackages.recipientId))
    .leftJoin(donorFtm, and(eq(donorFtm.partyId, donor.id), eq(donorFtm.scheme, 'ftm')))
    .leftJoin(recipientFtm, and(eq(recipientFtm.partyId, recipient.id), eq(recipientFtm.scheme, 'ftm')))
    .where(
      and(
        isNull(aidPackages.retiredAt),
        isNull(donor.retiredAt),
        isNull(recipient.retiredAt),
        lte(donor.id, upTo.parties),
        lte(recipient.id, upTo.parties),
        gt(aidPackages.id, after),
        lte(aidPackages.id, upTo.aid),
      ),
    )
    .orderBy(asc(aidPackages.id))
    .limit(CHUNK)
    .all();
  const cited = citedBy(db, citations.aidPackageId, rows);
  return rows.map((row) => {
    const sources = cited.get(row.id) ?? [];
    const entity: FtmEntity = {
      id: `tracker-aid-${row.id}`,
      schema: 'Payment',
      properties: props({
        payer: [partyEntityId(row.donorId, row.donorFtm)],
        beneficiary: [partyEntityId(row.recipientId, row.recipientFtm)],
        date: [row.announcedOn],
        amount: [row.amount?.toString()],
        currency: [row.amount === null ? null : row.currency],
        amountUsd: [row.amountUsd?.toString()],
        programme: [row.category],
        purpose: [row.title],
        status: [row.status],
        recordId: [row.authorityId],
        summary: [sources[0]?.quote],
        description: [row.description],
        sourceUrl: sources.map((s) => s.url),
      }),
    };
    return { id: row.id, entities: [entity] };
  });
}

/** Rows keyed by their party, in the order read. */
function grouped<T extends { partyId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    if (!map.has(row.partyId)) map.set(row.partyId, []);
    map.get(row.partyId)!.push(row);
  }
  return map;
}

/** Each entry's citations (quote and the source's address), first cited first. */
function citedBy(
  db: Db,
  column: typeof citations.aidPackageId | typeof citations.sanctionId,
  rows: { id: number }[],
): Map<number, { quote: string; url: string | null }[]> {
  const map = new Map<number, { quote: string; url: string | null }[]>();
  if (rows.length === 0) return map;
  const cited = db
    .select({ key: column, quote: citations.quote, url: sources.url })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(
      inArray(
        column,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(citations.id))
    .all();
  for (const { key, ...c } of cited) {
    if (key === null) continue;
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(c);
  }
  return map;
}
