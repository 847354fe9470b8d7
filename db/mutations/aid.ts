import 'server-only';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { AidInput } from '@/domain/validation/aid';
import type { Db } from '../client';
import { aidPackages } from '../schema';
import { recordAudit } from './audit';
import { replaceCitations } from './citations';
import { claimVersion, setRetired, snapshot } from './entries';
import { LikelyDuplicateError } from './errors';
import { requireLiveParties } from './parties-exist';
import { writeTransaction } from './transaction';

const fields = ({ citations, confirmDuplicate, ...values }: AidInput) => values;

/** Same donor, recipient, category, amount and date as a live package: probably entered twice. */
function refuseLikelyDuplicate(db: Db, input: AidInput, exceptId?: number): void {
  if (input.confirmDuplicate) return;
  const twin = db
    .select({ id: aidPackages.id, title: aidPackages.title })
    .from(aidPackages)
    .where(
      and(
        isNull(aidPackages.retiredAt),
        eq(aidPackages.donorId, input.donorId),
        eq(aidPackages.recipientId, input.recipientId),
        eq(aidPackages.category, input.category),
        eq(aidPackages.announcedOn, input.announcedOn),
        input.amountUsd === null ? isNull(aidPackages.amountUsd) : eq(aidPackages.amountUsd, input.amountUsd),
        exceptId === undefined ? undefined : ne(aidPackages.id, exceptId),
      ),
    )
    .get();
  if (twin) throw new LikelyDuplicateError(twin);
}

export function createAidPackage(input: AidInput, userId: number): { id: number } {
  return writeTransaction((db) => {
    requireLiveParties(db, { donorId: input.donorId, recipientId: input.recipientId });
    refuseLikelyDuplicate(db, input);
    const { id } = db.insert(aidPackages).values(fields(input)).returning({ id: aidPackages.id }).get();
    replaceCitations(db, { aidPackageId: id }, input.citations, userId);
    recordAudit(db, {
      userId,
      action: 'create',
      entityType: 'aid_package',
      entityId: id,
      before: null,
      after: snapshot(db, 'aid_package', id),
    });
    return { id };
  });
}

export function updateAidPackage(id: number, expectedVersion: number, input: AidInput, userId: number): void {
  writeTransaction((db) => {
    const before = snapshot(db, 'aid_package', id);
    claimVersion(db, 'aid_package', id, expectedVersion);
    requireLiveParties(db, { donorId: input.donorId, recipientId: input.recipientId });
    refuseLikelyDuplicate(db, input, id);
    db.update(aidPackages).set(fields(input)).where(eq(aidPackages.id, id)).run();
    replaceCitations(db, { aidPackageId: id }, input.citations, userId);
    recordAudit(db, {
      userId,
      action: 'update',
      entityType: 'aid_package',
      entityId: id,
      before,
      after: snapshot(db, 'aid_package', id),
    });
  });
}

export function retireAidPackage(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'aid_package', id, expectedVersion, userId, true));
}

export function restoreAidPackage(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'aid_package', id, expectedVersion, userId, false));
}
