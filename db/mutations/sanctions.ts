import 'server-only';
import { eq } from 'drizzle-orm';
import type { SanctionInput } from '@/domain/validation/sanction';
import { sanctions } from '../schema';
import { recordAudit } from './audit';
import { replaceCitations } from './citations';
import { claimVersion, setRetired, snapshot } from './entries';
import { requireLiveParties } from './parties-exist';
import { writeTransaction } from './transaction';

const fields = ({ citations, ...values }: SanctionInput) => values;

export function createSanction(input: SanctionInput, userId: number): { id: number } {
  return writeTransaction((db) => {
    requireLiveParties(db, { imposingId: input.imposingId, targetId: input.targetId });
    const { id } = db.insert(sanctions).values(fields(input)).returning({ id: sanctions.id }).get();
    replaceCitations(db, { sanctionId: id }, input.citations, userId);
    recordAudit(db, {
      userId,
      action: 'create',
      entityType: 'sanction',
      entityId: id,
      before: null,
      after: snapshot(db, 'sanction', id),
    });
    return { id };
  });
}

export function updateSanction(
  id: number,
  expectedVersion: number,
  input: SanctionInput,
  userId: number,
): void {
  writeTransaction((db) => {
    const before = snapshot(db, 'sanction', id);
    claimVersion(db, 'sanction', id, expectedVersion);
    requireLiveParties(db, { imposingId: input.imposingId, targetId: input.targetId });
    db.update(sanctions).set(fields(input)).where(eq(sanctions.id, id)).run();
    replaceCitations(db, { sanctionId: id }, input.citations, userId);
    recordAudit(db, {
      userId,
      action: 'update',
      entityType: 'sanction',
      entityId: id,
      before,
      after: snapshot(db, 'sanction', id),
    });
  });
}

export function retireSanction(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'sanction', id, expectedVersion, userId, true));
}

export function restoreSanction(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'sanction', id, expectedVersion, userId, false));
}
