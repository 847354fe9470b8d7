// Writes an import plan in one transaction: the list as a source, the batch, then parties,
// their identifiers and aliases, designations with their citations, and the lifts. Every
// change goes to the audit log with its before and after, attributed to the batch. A
// process killed half-way leaves nothing: the transaction never committed. It is written on
// a connection of its own, stepping aside between rows so the process keeps serving
// (decision 009).

import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { recordAudit } from '../mutations/audit';
import { claimVersion, snapshot } from '../mutations/entries';
import { writeTransactionApart } from '../mutations/transaction';
import {
  aidPackages,
  citations,
  importBatches,
  parties,
  partyAliases,
  partyIdentifiers,
  sanctions,
  sources,
} from '../schema';
import { BULK_ROWS, insertInBulk } from '../rollups/bulk-insert';
import { applyEntries } from './apply-entries';
import { IMPOSERS } from './imposers';
import { aidFields, resolvePick } from './plan-aid';
import { normalizeName, slugOf } from './normalize';
import { dedupe, planCounts } from './plan';
import type { ImportPlan, PlannedParty } from './plan-types';
import type { ImportedParty } from './records';

export interface AppliedBatch {
  batchId: number;
  /** The list as a source; null for the tracker's own CSV. */
  sourceId: number | null;
  counts: ReturnType<typeof planCounts>;
}

/** Longest quote kept from a list's remarks; the rest stays in the list itself. */
const QUOTE_LIMIT = 4000;

/**
 * Longest stretch of writing without letting the process answer anything else. Short
 * enough that a page waits no more than a few of them, long enough that the returns to
 * the event loop cost nothing measurable.
 */
const STEP_ASIDE_MS = 25;

/** Writes the plan; `onProgress` hears of every 100 rows written, from (0, total) on. */
export async function applyImport(
  plan: ImportPlan,
  userId: number | null,
  onProgress?: (done: number, total: number) => void,
): Promise<AppliedBatch> {
  const counts = planCounts(plan);
  return writeTransactionApart(async (db) => {
    // The tracker's own CSV names a source on each row; there is no list to cite.
    const sourceId = plan.format === 'tracker-csv' ? null : listSource(db, plan);
    const { id: batchId } = db
      .insert(importBatches)
      .values({
        fileName: plan.fileName,
        sha256: plan.sha256,
        format: plan.format,
        listVersion: plan.list.versionDate ?? null,
        asOf: plan.asOf,
        sourceId,
        counts,
        userId,
      })
      .returning({ id: importBatches.id })
      .get();
    const audit = (
      action: 'create' | 'update',
      entityType: 'party' | 'sanction' | 'aid_package',
      entityId: number,
      before: unknown,
    ) =>
      recordAudit(db, {
        userId,
        batchId,
        action,
        entityType,
        entityId,
        before,
        after: snapshot(db, entityType, entityId),
      });

    const slugs = new Set(
      db
        .select({ slug: parties.slug })
        .from(parties)
        .all()
        .map((p) => p.slug),
    );
    const uniqueSlug = (record: Pick<ImportedParty, 'name' | 'listKey'>, prefix: string) => {
      const base =
        slugOf(record.name) || `${prefix}-${record.listKey}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
      let slug = base;
      for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
      slugs.add(slug);
      return slug;
    };

    const imposerIds = new Map<string, number>();
    for (const slug of plan.newImposers) {
      const imposer = IMPOSERS[slug]!;
      const { id } = db
        .insert(parties)
        .values({ slug, name: imposer.name, kind: imposer.kind, countryCode: imposer.countryCode })
        .returning({ id: parties.id })
        .get();
      slugs.add(slug);
      imposerIds.set(slug, id);
      audit('create', 'party', id, null);
    }
    const imposerId = (slug: string) => {
      if (!imposerIds.has(slug))
        imposerIds.set(
          slug,
          db.select({ id: parties.id }).from(parties).where(eq(parties.slug, slug)).get()!.id,
        );
      return imposerIds.get(slug)!;
    };

    const total =
      plan.parties.new.length +
      plan.parties.updated.length +
      plan.sanctions.new.length +
      plan.sanctions.updated.length +
      plan.aid.new.length +
      plan.aid.updated.length +
      plan.sanctions.lifted.length +
      plan.entries.new.length +
      plan.entries.updated.length;
    let done = 0;
    let since = performance.now();
    let aside: Promise<void> | undefined;
    onProgress?.(0, total);
    /** Counts a row written; now and then, lets the process serve: await it. */
    const step = (): Promise<void> | undefined => {
      done += 1;
      if (onProgress && (done % 100 === 0 || done === total)) onProgress(done, total);
      if (aside || performance.now() - since < STEP_ASIDE_MS) return aside;
      aside = new Promise<void>((resolve) =>
        setImmediate(() => {
          since = performance.now();
          aside = undefined;
          resolve();
        }),
      );
      return aside;
    };

    const partyIdOf = new Map<string, number>();
    for (const p of plan.parties.unchanged) partyIdOf.set(p.record.listKey, p.id!);
    const addNames = (p: PlannedParty, id: number) => {
      for (const i of p.newIdentifiers)
        db.insert(partyIdentifiers)
          .values({ partyId: id, scheme: i.scheme, value: i.value, country: i.country ?? '', batchId })
          .onConflictDoNothing()
          .run();
      for (const a of dedupe(p.newAliases)) {
        const normalized = normalizeName(a.name);
        if (normalized === normalizeName(p.record.name) && p.id === null) continue;
        db.insert(partyAliases)
          .values({
            partyId: id,
            name: a.name,
            normalized,
            language: a.language ?? null,
            strength: a.strength,
            batchId,
          })
          .onConflictDoNothing()
          .run();
      }
    };
    for (const p of plan.parties.new) {
      const r = p.record;
      const { id } = db
        .insert(parties)
        .values({
          slug: uniqueSlug(r, plan.format),
          name: r.name,
          kind: r.kind,
          countryCode: r.countryCode ?? null,
          description: r.description ?? null,
        })
        .returning({ id: parties.id })
        .get();
      addNames(p, id);
      partyIdOf.set(r.listKey, id);
      audit('create', 'party', id, null);
      await step();
    }
    for (const p of plan.parties.updated) {
      const id = p.id!;
      const before = snapshot(db, 'party', id);
      if (Object.keys(p.changes).length > 0) {
        claimVersion(db, 'party', id, before!.version as number);
        db.update(parties)
          .set({
            ...p.changes,
          })
          .where(eq(parties.id, id))
          .run();
      }
      addNames(p, id);
      partyIdOf.set(p.record.listKey, id);
      audit('update', 'party', id, before);
      await step();
    }

    // Parties only aid rows name (a donor or recipient new to the tracker and the file).
    const refIds = new Map<string, number>();
    for (const [key, ref] of plan.aid.newParties) {
      const { id } = db
        .insert(parties)
        .values({
          slug: uniqueSlug({ name: ref.name, listKey: key }, plan.format),
          name: ref.name,
          kind: ref.kind ?? (ref.countryCode ? 'state' : 'other'),
          countryCode: ref.countryCode ?? null,
        })
        .returning({ id: parties.id })
        .get();
      refIds.set(key, id);
      audit('create', 'party', id, null);
    }
    const rate = (r: { exchangeRate?: number; announcedOn: string }) =>
      r.exchangeRate === undefined
        ? { rateOn: null, rateSource: null }
        : { rateOn: r.announcedOn, rateSource: `As stated in ${plan.list.title}` };
    const cite = (subject: { aidPackageId: number } | { sanctionId: number }, quote: string) =>
      db
        .insert(citations)
        .values({ sourceId: sourceId!, ...subject, quote: quote.slice(0, QUOTE_LIMIT), batchId })
        .run();
    /** An updated entry cites the list again only when the quote differs from each it has. */
    const citeIfNew = (
      subject: { aidPackageId: number } | { sanctionId: number },
      before: Record<string, unknown>,
      quote: string,
    ) => {
      const quotes = (before.citations as { quote: string }[]).map((c) => c.quote);
      if (!quotes.includes(quote.slice(0, QUOTE_LIMIT))) cite(subject, quote);
    };
    for (const a of plan.aid.new) {
      const { id } = db
        .insert(aidPackages)
        .values({
          ...aidFields(a.record),
          ...rate(a.record),
          donorId: resolvePick(a.donor, partyIdOf, refIds),
          recipientId: resolvePick(a.recipient, partyIdOf, refIds),
          authorityId: a.record.authorityId,
          batchId,
        })
        .returning({ id: aidPackages.id })
        .get();
      cite({ aidPackageId: id }, a.record.quote);
      audit('create', 'aid_package', id, null);
      await step();
    }
    for (const a of plan.aid.updated) {
      const id = a.id!;
      const before = snapshot(db, 'aid_package', id);
      claimVersion(db, 'aid_package', id, before!.version as number);
      db.update(aidPackages)
        .set({
          ...aidFields(a.record),
          ...rate(a.record),
          donorId: resolvePick(a.donor, partyIdOf, refIds),
          recipientId: resolvePick(a.recipient, partyIdOf, refIds),
          batchId,
        })
        .where(eq(aidPackages.id, id))
        .run();
      citeIfNew({ aidPackageId: id }, before!, a.record.quote);
      audit('update', 'aid_package', id, before);
      await step();
    }

    const addSanctions = async () => {
      for (const s of plan.sanctions.new) {
        const r = s.record;
        const { id } = db
          .insert(sanctions)
          .values({
            imposingId: imposerId(r.imposerSlug),
            targetId: partyIdOf.get(r.targetKey)!,
            measure: r.measure,
            status: r.status,
            announcedOn: r.listedOn ?? plan.asOf,
            effectiveOn: r.listedOn ?? null,
            legalBasis: r.legalBasis ?? null,
            programme: r.programme ?? null,
            listedOn: r.listedOn ?? null,
            authorityId: r.authorityId,
            title: r.title,
            batchId,
          })
          .returning({ id: sanctions.id })
          .get();
        cite({ sanctionId: id }, r.quote);
        audit('create', 'sanction', id, null);
        await step();
      }
    };
    // A whole list's designations at once: the rollups and word index catch up in one pass.
    if (plan.sanctions.new.length >= BULK_ROWS) await insertInBulk(db.$client, 'sanctions', addSanctions);
    else await addSanctions();
    for (const s of plan.sanctions.updated) {
      const id = s.id!;
      const before = snapshot(db, 'sanction', id);
      const changes = { ...s.changes };
      if (changes.targetId !== undefined) changes.targetId = partyIdOf.get(s.record.targetKey)!;
      claimVersion(db, 'sanction', id, before!.version as number);
      db.update(sanctions)
        .set({
          ...changes,
          batchId,
        })
        .where(eq(sanctions.id, id))
        .run();
      citeIfNew({ sanctionId: id }, before!, s.record.quote);
      audit('update', 'sanction', id, before);
      await step();
    }
    for (const lifted of plan.sanctions.lifted) {
      const before = snapshot(db, 'sanction', lifted.id);
      const liftedOn = plan.asOf < lifted.announcedOn ? lifted.announcedOn : plan.asOf;
      claimVersion(db, 'sanction', lifted.id, before!.version as number);
      db.update(sanctions)
        .set({
          status: 'lifted',
          liftedOn,
          batchId,
        })
        .where(eq(sanctions.id, lifted.id))
        .run();
      audit('update', 'sanction', lifted.id, before);
      await step();
    }
    await applyEntries(db, plan, { batchId, userId, step });
    return { batchId, sourceId, counts };
  });
}

/** The list as a source: one per list version, reused when the same version is read again. */
function listSource(db: Db, plan: ImportPlan): number {
  const publishedOn = plan.list.versionDate ?? plan.asOf;
  const title = `${plan.list.title}, ${publishedOn}`;
  const existing = db.select({ id: sources.id }).from(sources).where(eq(sources.title, title)).get();
  if (existing) return existing.id;
  return db
    .insert(sources)
    .values({
      title,
      publisher: plan.list.publisher,
      url: plan.list.url ?? null,
      publishedOn,
      language: plan.list.language,
      notes: `Read by the importer (${plan.format}) from ${plan.fileName}.`,
    })
    .returning({ id: sources.id })
    .get().id;
}
