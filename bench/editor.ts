import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/app/lib/auth/password';
import { openDatabase } from '@/db/client';
import { upsertUser } from '@/db/mutations/users';

// The editor whose saves are timed. Created before the server starts, with the code
// `npm run admin:create` and ADMIN_EMAIL use, so the scrypt hash of a first start is not
// counted in the cold start: an operator's restarts find their editor already there.

export interface EditorAccount {
  email: string;
  password: string;
}

export async function createBenchEditor(file: string): Promise<EditorAccount> {
  const account = { email: 'bench-editor@example.org', password: randomBytes(18).toString('base64url') };
  const { db } = openDatabase(file);
  try {
    upsertUser(db, account.email, 'Bench Editor', await hashPassword(account.password));
  } finally {
    db.$client.close();
  }
  return account;
}
