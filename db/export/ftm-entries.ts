// Sanctions and aid as FollowTheMoney Sanction and Payment entities, linking the parties'
// entities, as the FtM importer (db/import/formats/ftm.ts) reads them.

import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { aidPackages, citations, parties, partyIdentifiers, sanctions, sources } from '../schema';
import type { SanctionMeasure } from '@/domain/vocabulary';
import { CHUNK, partyEntityId, props, type Bounds, type ChunkRow, type FtmEntity } from './ftm-entity';

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

export function sanctionsChunk(db: Db, after: number, upTo: Bounds): ChunkRow[] {
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

export function aidChunk(db: Db, after: number, upTo: Bounds): ChunkRow[] {
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
