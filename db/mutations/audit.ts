import type { Db } from '../client';
import { auditLog } from '../schema';
import type { AuditAction, AuditedEntity } from '../../domain/vocabulary';

export interface AuditRecord {
  /** Null for a change made from the command line (an import run by the operator). */
  userId: number | null;
  /** The import the change belongs to. */
  batchId?: number;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: number;
  before: unknown;
  after: unknown;
}

/** Appends to the audit log; call inside the change's own transaction. */
export function recordAudit(db: Db, record: AuditRecord): void {
  db.insert(auditLog).values(record).run();
}
