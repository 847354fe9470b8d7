import type { Db } from '../client';

// No `server-only` here: `npm run admin:create` uses it from the command line.

/**
 * Creates an editor, or sets the password and name of an existing one. Either way the
 * account's failed sign-ins are forgotten (`clearedAttempts`): a new password is the
 * operator's answer to a lockout, and guesses at the old one say nothing about the new.
 */
export function upsertUser(
  db: Db,
  email: string,
  name: string,
  passwordHash: string,
): { id: number; created: boolean; clearedAttempts: number } {
  const sqlite = db.$client;
  return sqlite
    .transaction(() => {
      const clearedAttempts = sqlite
        .prepare('DELETE FROM login_attempts WHERE email = ?')
        .run(email.toLowerCase()).changes;
      const existing = sqlite
        .prepare('SELECT id FROM users WHERE email = ?')
        .pluck()
        .get(email.toLowerCase()) as number | undefined;
      if (existing !== undefined) {
        sqlite
          .prepare('UPDATE users SET password_hash = ?, name = ?, disabled_at = NULL WHERE id = ?')
          .run(passwordHash, name, existing);
        // A new password ends every session opened with the old one.
        sqlite.prepare('DELETE FROM sessions WHERE user_id = ?').run(existing);
        return { id: existing, created: false, clearedAttempts };
      }
      const id = Number(
        sqlite
          .prepare('INSERT INTO users (email, name, password_hash) VALUES (?, ?, ?)')
          .run(email.toLowerCase(), name, passwordHash).lastInsertRowid,
      );
      return { id, created: true, clearedAttempts };
    })
    .immediate();
}

export function userExists(db: Db, email: string): boolean {
  return db.$client.prepare('SELECT 1 FROM users WHERE email = ?').get(email.toLowerCase()) !== undefined;
}

/** `jane.doe@example.org` → `Jane Doe`, for accounts created without a name. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return (
    local
      .split(/[._-]+/)
      .filter(Boolean)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ') || email
  );
}
