import 'server-only';
import { createHash } from 'node:crypto';
import { findSessionEditor, type Editor } from '@/db/queries/admin/auth';

// Sessions live in the database; the browser holds a random token, the database only its
// hash, so a copy of the database cannot be replayed as a cookie.

export const SESSION_COOKIE = 'tracker_session';
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The editor a session cookie's token belongs to, if the session is live. */
export function editorForToken(token: string | undefined): Editor | null {
  if (!token || !TOKEN.test(token)) return null;
  return findSessionEditor(hashToken(token));
}
