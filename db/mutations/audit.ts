import type { Db } from '../client';
import { auditLog } from '../schema';
import type { AuditAction, AuditedEntity } from '../../domain/vocabulary';

export interface AuditRecord {
  userId: number;
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
