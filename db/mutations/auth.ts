import 'server-only';
import { getDb } from '../index';

export function createSession(userId: number, tokenHash: string, expiresAt: Date): void {
  const db = getDb().$client;
  db.transaction(() => {
    db.prepare(`DELETE FROM sessions WHERE expires_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`).run();
    db.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)').run(
      tokenHash,
      userId,
      expiresAt.toISOString(),
    );
  }).immediate();
}

export function deleteSession(tokenHash: string): void {
  getDb().$client.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function recordLoginAttempt(email: string, clientAddress: string, succeeded: boolean): void {
  const db = getDb().$client;
  db.prepare('INSERT INTO login_attempts (email, client_address, succeeded) VALUES (?, ?, ?)').run(
    email,
    clientAddress,
    succeeded ? 1 : 0,
  );
  // Attempts older than a day no longer count towards any limit.
  db.prepare(`DELETE FROM login_attempts WHERE at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')`).run();
}
