// Parties as FollowTheMoney entities: schema by kind, aliases, ids as FtM properties or
// Identification entities, as the FtM importer (db/import/formats/ftm.ts) reads them.

import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { grouped } from './grouped';
import type { Db } from '../client';
import { parties, partyAliases, partyIdentifiers } from '../schema';
import type { PartyKind } from '@/domain/vocabulary';
import { CHUNK, partyEntityId, props, type ChunkRow, type FtmEntity } from './ftm-entity';

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

export function partiesChunk(db: Db, after: number, upTo: number): ChunkRow[] {
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
    (row) => row.partyId,
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
    (row) => row.partyId,
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
