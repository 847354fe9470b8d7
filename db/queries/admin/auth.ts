import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { getDb } from '../../index';
import { isoNow } from '../../iso-now';
import { sessions, users } from '../../schema';

export interface Editor {
  id: number;
  email: string;
  name: string;
}

/** The editor behind a live session token hash; null if unknown, expired or disabled. */
export function findSessionEditor(tokenHash: string): Editor | null {
  const row = getDb()
    .select({ id: users.id, email: users.email, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, isoNow()), isNull(users.disabledAt)))
    .get();
  return row ?? null;
}

export function findUserByEmail(email: string): (Editor & { passwordHash: string }) | null {
  const row = getDb()
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.email, email.toLowerCase()), isNull(users.disabledAt)))
    .get();
  return row ?? null;
}

export interface FailureStats {
  /** Failures in the last hour since the last success, and when the latest was. */
  recent: number;
  lastAt: string | null;
  /** Failures in the last hour, successes or not. */
  hour: number;
  /** With `hour` at or over the cap asked for: the failure whose ageing out lifts it. */
  capLiftsWith: string | null;
}

/** Whose failures: one account, one client address, the pair, or everyone's (`{}`). */
export interface FailureScope {
  email?: string;
  clientAddress?: string;
}

/**
 * Failed sign-ins of the last hour within `scope`; `cap` is the hourly cap that applies.
 * Raw SQL: four figures in one statement over CTEs, one an OFFSET computed in SQL, which the
 * builder cannot write.
 */
export function getFailureStats(scope: FailureScope, cap: number): FailureStats {
  const where = [
    "at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 hour')",
    ...(scope.email === undefined ? [] : ['email = @email']),
    ...(scope.clientAddress === undefined ? [] : ['client_address = @clientAddress']),
  ].join(' AND ');
  return getDb()
    .$client.prepare(
      `WITH mine AS (SELECT at, succeeded FROM login_attempts WHERE ${where}),
            failed AS (SELECT at FROM mine WHERE succeeded = 0),
            last_ok AS (SELECT coalesce(max(at), '') AS at FROM mine WHERE succeeded = 1)
       SELECT
         (SELECT count(*) FROM failed, last_ok WHERE failed.at > last_ok.at) AS recent,
         (SELECT max(at) FROM failed) AS lastAt,
         (SELECT count(*) FROM failed) AS hour,
         (SELECT at FROM failed ORDER BY at LIMIT 1 OFFSET max(0, (SELECT count(*) FROM failed) - @cap)) AS capLiftsWith`,
    )
    .get({ ...scope, cap }) as FailureStats;
}
