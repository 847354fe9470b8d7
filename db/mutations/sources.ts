import 'server-only';
import { eq } from 'drizzle-orm';
import type { SourceInput } from '@/domain/validation/source';
import { sources } from '../schema';
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
    const citing = db.$client
      .prepare(
        `SELECT count(*) FROM citations c
         LEFT JOIN aid_packages a ON a.id = c.aid_package_id
         LEFT JOIN sanctions s ON s.id = c.sanction_id
         LEFT JOIN events e ON e.id = c.event_id
         WHERE c.source_id = ? AND coalesce(a.retired_at, s.retired_at, e.retired_at) IS NULL`,
      )
      .pluck()
      .get(id) as number;
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
