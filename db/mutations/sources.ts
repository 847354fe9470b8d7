import 'server-only';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { SourceInput } from '@/domain/validation/source';
import { aidPackages, citations, events, sanctions, sources } from '../schema';
import { recordAudit } from './audit';
import { claimVersion, setRetired, snapshot } from './entries';
import { InvalidInputError } from './errors';
import { writeTransaction } from './transaction';

export function createSource(input: SourceInput, userId: number): { id: number } {
  return writeTransaction((db) => {
    const { id } = db.insert(sources).values(input).returning({ id: sources.id }).get();
    recordAudit(db, {
      userId,
      action: 'create',
      entityType: 'source',
      entityId: id,
      before: null,
      after: snapshot(db, 'source', id),
    });
    return { id };
  });
}

export function updateSource(id: number, expectedVersion: number, input: SourceInput, userId: number): void {
  writeTransaction((db) => {
    const before = snapshot(db, 'source', id);
    claimVersion(db, 'source', id, expectedVersion);
    db.update(sources).set(input).where(eq(sources.id, id)).run();
    recordAudit(db, {
      userId,
      action: 'update',
      entityType: 'source',
      entityId: id,
      before,
      after: snapshot(db, 'source', id),
    });
  });
}

export function retireSource(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => {
    // A figure must never lose its only source silently.
    const citing =
      db
        .select({ n: count() })
        .from(citations)
        .leftJoin(aidPackages, eq(aidPackages.id, citations.aidPackageId))
        .leftJoin(sanctions, eq(sanctions.id, citations.sanctionId))
        .leftJoin(events, eq(events.id, citations.eventId))
        .where(
          and(
            eq(citations.sourceId, id),
            isNull(sql`coalesce(${aidPackages.retiredAt}, ${sanctions.retiredAt}, ${events.retiredAt})`),
          ),
        )
        .get()?.n ?? 0;
    if (citing > 0) {
      throw new InvalidInputError({
        form: [
          `This source is still cited by ${citing} live ${citing === 1 ? 'entry' : 'entries'}. Cite another source there first.`,
        ],
      });
    }
    setRetired(db, 'source', id, expectedVersion, userId, true);
  });
}

export function restoreSource(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'source', id, expectedVersion, userId, false));
}
