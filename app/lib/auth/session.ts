import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { createSession, deleteSession } from '@/db/mutations/auth';
import { longWriteDone } from '@/db/mutations/transaction';
import type { Editor } from '@/db/queries/admin/auth';
import { env } from '@/app/lib/env';
import { clientAddressOf } from '@/app/lib/security/client-address';
import { editorForToken, hashToken, SESSION_COOKIE, TOKEN } from './token';

async function servedOverHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export async function startSession(userId: number): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + env().SESSION_HOURS * 3600 * 1000);
  // Waits out an import being written (seconds): the lock wait would stop the process.
  await longWriteDone();
  createSession(userId, hashToken(token), expires);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await servedOverHttps(),
    path: '/',
    expires,
  });
}

/** The signed-in editor, checked against the database on every call; null when none. */
export async function currentEditor(): Promise<Editor | null> {
  return editorForToken((await cookies()).get(SESSION_COOKIE)?.value);
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token && TOKEN.test(token)) {
    await longWriteDone();
    deleteSession(hashToken(token));
  }
  jar.delete(SESSION_COOKIE);
}

/** The address failed sign-ins are counted against (app/lib/security/client-address.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
