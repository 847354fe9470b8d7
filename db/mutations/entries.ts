import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isoNow } from '../iso-now';
import {
  aidPackages,
  citations,
  eventParties,
  events,
  parties,
  sanctions,
  sources,
  users,
  auditLog,
} from '../schema';
import { ENTITY_LABELS, type AuditedEntity } from '../../domain/vocabulary';
import { recordAudit } from './audit';
import { ConflictError, EntryNotFoundError, InvalidInputError } from './errors';

// What every editable entry shares: a version for optimistic concurrency, soft retirement,
// and a snapshot of its whole state (citations included) for the audit log.

const TABLES = {
  aid_package: aidPackages,
  sanction: sanctions,
  event: events,
  party: parties,
  source: sources,
} satisfies Record<AuditedEntity, unknown>;

const citationsOf = (db: Db, column: 'aidPackageId' | 'sanctionId' | 'eventId', id: number) =>
  db
    .select({ sourceId: citations.sourceId, quote: citations.quote })
    .from(citations)
    .where(eq(citations[column], id))
    .orderBy(asc(citations.id))
    .all();

/** The entry as the audit log records it; null when there is no such entry. */
export function snapshot(db: Db, entity: AuditedEntity, id: number): Record<string, unknown> | null {
  switch (entity) {
    case 'aid_package': {
      const row = db.select().from(aidPackages).where(eq(aidPackages.id, id)).get();
      return row ? { ...row, citations: citationsOf(db, 'aidPackageId', id) } : null;
    }
    case 'sanction': {
      const row = db.select().from(sanctions).where(eq(sanctions.id, id)).get();
      return row ? { ...row, citations: citationsOf(db, 'sanctionId', id) } : null;
    }
    case 'event': {
      const row = db.select().from(events).where(eq(events.id, id)).get();
      if (!row) return null;
      const partyIds = db
        .select({ id: eventParties.partyId })
        .from(eventParties)
        .where(eq(eventParties.eventId, id))
        .orderBy(asc(eventParties.partyId))
        .all()
        .map((p) => p.id);
      return { ...row, partyIds, citations: citationsOf(db, 'eventId', id) };
    }
    case 'party':
      return db.select().from(parties).where(eq(parties.id, id)).get() ?? null;
    case 'source':
      return db.select().from(sources).where(eq(sources.id, id)).get() ?? null;
  }
}

/**
 * Claims the next version of an entry, or refuses when the editor's copy is stale.
 * Call first in the transaction, before changing anything else.
 */
export function claimVersion(db: Db, entity: AuditedEntity, id: number, expectedVersion: number): void {
  const table = TABLES[entity];
  const claimed = db
    .update(table)
    .set({ version: sql`${table.version} + 1`, updatedAt: isoNow() })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .run();
  if (claimed.changes === 1) return;
  const current = db
    .select({ version: table.version, updatedAt: table.updatedAt })
    .from(table)
    .where(eq(table.id, id))
    .get();
  if (!current) throw new EntryNotFoundError(ENTITY_LABELS[entity], id);
  const lastEditor = db
    .select({ name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entity), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  throw new ConflictError({ ...current, updatedBy: lastEditor?.name ?? null });
}

/** Retires (soft-deletes) or restores an entry, with its audit entry. */
export function setRetired(
  db: Db,
  entity: AuditedEntity,
  id: number,
  expectedVersion: number,
  userId: number,
  retire: boolean,
): void {
  const before = snapshot(db, entity, id);
  if (!before) throw new EntryNotFoundError(ENTITY_LABELS[entity], id);
  if (retire === (before.retiredAt !== null)) {
    throw new InvalidInputError({
      form: [`This ${ENTITY_LABELS[entity]} is already ${retire ? 'retired' : 'live'}.`],
    });
  }
  claimVersion(db, entity, id, expectedVersion);
  const table = TABLES[entity];
  db.update(table)
    .set({ retiredAt: retire ? isoNow() : null })
    .where(eq(table.id, id))
    .run();
  recordAudit(db, {
    userId,
    action: retire ? 'retire' : 'restore',
    entityType: entity,
    entityId: id,
    before,
    after: snapshot(db, entity, id),
  });
}
