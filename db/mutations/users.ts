import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { loginAttempts, sessions, users } from '../schema';

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
  const lowered = email.toLowerCase();
  return db.$client
    .transaction(() => {
      const clearedAttempts = db.delete(loginAttempts).where(eq(loginAttempts.email, lowered)).run().changes;
      const existing = db.select({ id: users.id }).from(users).where(eq(users.email, lowered)).get()?.id;
      if (existing !== undefined) {
        db.update(users).set({ passwordHash, name, disabledAt: null }).where(eq(users.id, existing)).run();
        // A new password ends every session opened with the old one.
        db.delete(sessions).where(eq(sessions.userId, existing)).run();
        return { id: existing, created: false, clearedAttempts };
      }
      const { id } = db
        .insert(users)
        .values({ email: lowered, name, passwordHash })
        .returning({ id: users.id })
        .get();
      return { id, created: true, clearedAttempts };
    })
    .immediate();
}

export function userExists(db: Db, email: string): boolean {
  return (
    db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get() !== undefined
  );
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
