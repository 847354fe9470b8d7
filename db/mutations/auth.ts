import 'server-only';
import { eq, lt, lte } from 'drizzle-orm';
import { getDb } from '../index';
import { isoNow } from '../iso-now';
import { loginAttempts, sessions } from '../schema';

export function createSession(userId: number, tokenHash: string, expiresAt: Date): void {
  const db = getDb();
  db.$client
    .transaction(() => {
      db.delete(sessions).where(lte(sessions.expiresAt, isoNow())).run();
      db.insert(sessions).values({ tokenHash, userId, expiresAt: expiresAt.toISOString() }).run();
    })
    .immediate();
}

export function deleteSession(tokenHash: string): void {
  getDb().delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function recordLoginAttempt(email: string, clientAddress: string, succeeded: boolean): void {
  const db = getDb();
  db.insert(loginAttempts).values({ email, clientAddress, succeeded }).run();
  // Attempts older than a day no longer count towards any limit.
  db.delete(loginAttempts)
    .where(lt(loginAttempts.at, isoNow('-1 day')))
    .run();
}
