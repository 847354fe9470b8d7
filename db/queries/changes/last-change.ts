import 'server-only';
import { desc } from 'drizzle-orm';
import { auditLog } from '../../schema';
import { preparedOnce } from '../prepared';

const lastChange = preparedOnce((db) =>
  db.select({ at: auditLog.at }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare(),
);

/** When the data last changed (the newest audit entry, ISO 8601), or null before any change. */
export function getLastChangeAt(): string | null {
  return lastChange().get()?.at ?? null;
}
