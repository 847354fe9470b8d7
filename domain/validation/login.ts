import { z } from 'zod';

// Any origin does: `next` is resolved against it only to compare origins and normalise
// the path the way the browser will.
const BASE = 'http://tracker.invalid';
export const AFTER_SIGN_IN = '/admin';

/**
 * Where to go after signing in: a page of the admin itself (not the sign-in page), as the
 * normalised path and query the browser would resolve `next` to. Checking the raw string
 * is not enough: `/admin/..//evil.example` starts with `/admin/` and resolves to
 * `//evil.example`, another site.
 */
export function afterSignInPath(next: string | undefined): string {
  if (!next) return AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return AFTER_SIGN_IN;
  }
  const path = url.pathname;
  const underAdmin = path === '/admin' || path.startsWith('/admin/');
  const signInPage = path === '/admin/login' || path.startsWith('/admin/login/');
  if (url.origin !== BASE || path.includes('//') || !underAdmin || signInPage) return AFTER_SIGN_IN;
  return path + url.search;
}

export const loginForm = z.object({
  email: z
    .string({ error: 'Enter the email address you sign in with.' })
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter the email address you sign in with.').max(254)),
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(256, 'That password is too long.'),
  next: z.string().max(2_000).optional().catch(undefined).transform(afterSignInPath),
});
