// Writes the planned rows of the tracker's own CSV inside the import's transaction: new
// entries as their forms would create them, updated ones with their version claimed, a
// citation added where the row's source and quote are new to the entry (none removed),
// a party's new identifiers and aliases added (none removed). Each change is audited
// with the batch.

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { recordAudit } from '../mutations/audit';
import { BULK_ROWS, insertInBulk } from '../rollups/bulk-insert';
import { claimVersion, snapshot } from '../mutations/entries';
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
import type { AuditedEntity } from '@/domain/vocabulary';
import type { TrackerEntity } from '@/domain/tracker-csv';
import { normalizeName } from './normalize';
import type { ImportPlan, PlannedEntry } from './plan-types';

const AUDITED: Record<TrackerEntity, AuditedEntity> = {
  aid: 'aid_package',
  sanctions: 'sanction',
  events: 'event',
  parties: 'party',
};

export async function applyEntries(
  db: Db,
  plan: ImportPlan,
  context: { batchId: number; userId: number | null; step: () => Promise<void> | undefined },
): Promise<void> {
  const { batchId, userId } = context;
  const audit = (action: 'create' | 'update', entity: AuditedEntity, id: number, before: unknown) =>
    recordAudit(db, {
      userId,
      batchId,
      action,
      entityType: entity,
      entityId: id,
      before,
      after: snapshot(db, entity, id),
    });

  // Sources new to the tracker, created once however many rows cite them.
  const created = new Map<string, number>();
  const sourceOf = (source: NonNullable<PlannedEntry['source']>) => {
    if ('id' in source) return source.id;
    let id = created.get(source.key);
    if (id === undefined) {
      id = db.insert(sources).values(source.fields).returning({ id: sources.id }).get().id;
      created.set(source.key, id);
      audit('create', 'source', id, null);
    }
    return id;
  };
  // Prepared once per subject: an import cites once per row.
  const cited = { sourceId: sql.placeholder('sourceId'), quote: sql.placeholder('quote'), batchId };
  const id = sql.placeholder('id');
  const citeAs = {
    aid: db
      .insert(citations)
      .values({ ...cited, aidPackageId: id })
      .prepare(),
    sanctions: db
      .insert(citations)
      .values({ ...cited, sanctionId: id })
      .prepare(),
    events: db
      .insert(citations)
      .values({ ...cited, eventId: id })
      .prepare(),
  };
  const cite = (entry: PlannedEntry, id: number) => {
    if (entry.entity === 'parties' || !entry.source) return;
    citeAs[entry.entity].run({ id, sourceId: sourceOf(entry.source), quote: entry.quote! });
  };
  const addNames = (entry: PlannedEntry, id: number) => {
    for (const i of entry.identifiers ?? [])
      db.insert(partyIdentifiers)
        .values({ partyId: id, scheme: i.scheme, value: i.value, country: '', batchId })
        .run();
    for (const name of entry.aliases ?? [])
      db.insert(partyAliases)
        .values({ partyId: id, name, normalized: normalizeName(name), strength: 'strong', batchId })
        .onConflictDoNothing()
        .run();
  };

  const insert = inserter(db, plan.entries.new[0], batchId);
  const addNew = async () => {
    for (const entry of plan.entries.new) {
      const id = insert(entry);
      if (entry.partyIds)
        db.insert(eventParties)
          .values(entry.partyIds.map((partyId) => ({ eventId: id, partyId })))
          .run();
      cite(entry, id);
      addNames(entry, id);
      audit('create', AUDITED[entry.entity], id, null);
      await context.step();
    }
  };
  const table =
    plan.entries.entity === 'aid' ? 'aid_packages' : plan.entries.entity === 'sanctions' ? 'sanctions' : null;
  if (table && plan.entries.new.length >= BULK_ROWS) await insertInBulk(db.$client, table, addNew);
  else await addNew();
  for (const entry of plan.entries.updated) {
    const id = entry.id!;
    const entity = AUDITED[entry.entity];
    const before = snapshot(db, entity, id)!;
    claimVersion(db, entity, id, before.version as number);
    update(db, entry, id, batchId);
    if (entry.partyIds && entry.changes.includes('parties')) {
      db.delete(eventParties).where(eq(eventParties.eventId, id)).run();
      db.insert(eventParties)
        .values(entry.partyIds.map((partyId) => ({ eventId: id, partyId })))
        .run();
    }
    if (entry.changes.includes('citation')) cite(entry, id);
    addNames(entry, id);
    audit('update', entity, id, before);
    await context.step();
  }
}

/**
 * Inserts new entries of the file's kind: one statement prepared with the first entry's
 * columns (every row of a file has the same), since building it per row cost more than
 * running it.
 */
function inserter(db: Db, first: PlannedEntry | undefined, batchId: number): (entry: PlannedEntry) => number {
  if (!first) return () => 0;
  const placeholders = (values: object): Record<string, ReturnType<typeof sql.placeholder>> =>
    Object.fromEntries(Object.keys(values).map((k) => [k, sql.placeholder(k)]));
  switch (first.entity) {
    case 'aid': {
      const q = db
        .insert(aidPackages)
        .values({ ...placeholders(first.values), batchId } as typeof aidPackages.$inferInsert)
        .returning({ id: aidPackages.id })
        .prepare();
      return (entry) => q.get(entry.values)!.id;
    }
    case 'sanctions': {
      const q = db
        .insert(sanctions)
        .values({ ...placeholders(first.values), batchId } as typeof sanctions.$inferInsert)
        .returning({ id: sanctions.id })
        .prepare();
      return (entry) => q.get(entry.values)!.id;
    }
    case 'events':
      return (entry) =>
        db
          .insert(events)
          .values(entry.values as typeof events.$inferInsert)
          .returning({ id: events.id })
          .get().id;
    case 'parties':
      return (entry) =>
        db
          .insert(parties)
          .values(entry.values as typeof parties.$inferInsert)
          .returning({ id: parties.id })
          .get().id;
  }
}

function update(db: Db, entry: PlannedEntry, id: number, batchId: number): void {
  switch (entry.entity) {
    case 'aid':
      db.update(aidPackages)
        .set({ ...entry.values, batchId })
        .where(eq(aidPackages.id, id))
        .run();
      return;
    case 'sanctions':
      db.update(sanctions)
        .set({ ...entry.values, batchId })
        .where(eq(sanctions.id, id))
        .run();
      return;
    case 'events':
      db.update(events).set(entry.values).where(eq(events.id, id)).run();
      return;
    case 'parties':
      db.update(parties).set(entry.values).where(eq(parties.id, id)).run();
  }
}
