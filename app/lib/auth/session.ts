import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { createSession, deleteSession } from '@/db/mutations/auth';
import type { Editor } from '@/db/queries/auth';
import { env } from '@/app/lib/env';
import { editorForToken, hashToken, SESSION_COOKIE, TOKEN } from './token';

async function servedOverHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export async function startSession(userId: number): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + env().SESSION_HOURS * 3600 * 1000);
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
  if (token && TOKEN.test(token)) deleteSession(hashToken(token));
  jar.delete(SESSION_COOKIE);
}

/** The address failed sign-ins are counted against (see README: client addresses). */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? 'unknown';
  const hops = forwarded.split(',').map((h) => h.trim()).filter(Boolean);
  // Behind a trusted proxy the last hop is the address it saw; otherwise Next records the
  // socket address here unless the client sent the header itself.
  return ((env().TRUST_PROXY === '1' ? hops.at(-1) : forwarded) ?? 'unknown').slice(0, 100);
}
