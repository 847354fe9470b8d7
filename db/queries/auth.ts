import 'server-only';
import { getDb } from '../index';

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
    .$client.prepare(`SELECT id, email, name, password_hash AS passwordHash FROM users WHERE email = ? AND disabled_at IS NULL`)
    .get(email.toLowerCase()) as (Editor & { passwordHash: string }) | undefined;
  return row ?? null;
}

export interface FailureStats {
  /** Failures since the last success within the window, and when the latest was. */
  recent: number;
  lastAt: string | null;
  /** Failures in the last hour, and the oldest of them (when the cap lifts). */
  hour: number;
  hourOldestAt: string | null;
}

/** Failed sign-ins for one account (`email`) or one client address. */
export function getFailureStats(by: 'email' | 'client_address', value: string, windowMinutes: number): FailureStats {
  return getDb()
    .$client.prepare(
      `WITH mine AS (SELECT at, succeeded FROM login_attempts WHERE ${by} = @value AND at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 hour')),
            last_ok AS (SELECT max(at) AS at FROM mine WHERE succeeded = 1)
       SELECT
         (SELECT count(*) FROM mine, last_ok WHERE mine.succeeded = 0 AND mine.at > coalesce(last_ok.at, '')
            AND mine.at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', @window)) AS recent,
         (SELECT max(at) FROM mine WHERE succeeded = 0) AS lastAt,
         (SELECT count(*) FROM mine WHERE succeeded = 0) AS hour,
         (SELECT min(at) FROM mine WHERE succeeded = 0) AS hourOldestAt`,
    )
    .get({ value, window: `-${windowMinutes} minutes` }) as FailureStats;
}
