import 'server-only';
import { getDb } from '../../index';

export interface Editor {
  id: number;
  email: string;
  name: string;
}

/** The editor behind a live session token hash; null if unknown, expired or disabled. */
export function findSessionEditor(tokenHash: string): Editor | null {
  const row = getDb()
    .$client.prepare(
      `SELECT u.id, u.email, u.name FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AND u.disabled_at IS NULL`,
    )
    .get(tokenHash) as Editor | undefined;
  return row ?? null;
}

export function findUserByEmail(email: string): (Editor & { passwordHash: string }) | null {
  const row = getDb()
    .$client.prepare(
      `SELECT id, email, name, password_hash AS passwordHash FROM users WHERE email = ? AND disabled_at IS NULL`,
    )
    .get(email.toLowerCase()) as (Editor & { passwordHash: string }) | undefined;
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

/** Failed sign-ins of the last hour within `scope`; `cap` is the hourly cap that applies. */
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
