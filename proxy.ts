import { NextResponse, type NextRequest } from 'next/server';
import { editorForToken, SESSION_COOKIE } from '@/app/lib/auth/token';
import { entryExists } from '@/db/queries/exists';

// Runs before rendering, so its answers carry real status codes: pages stream their shell
// first, which would fix the status at 200.

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return guardAdmin(request);

  const [, section = '', key = ''] = pathname.split('/');
  // Ids and slugs are plain ASCII, so an encoded key can never name an entry.
  if (!entryExists(section, key)) {
    // No route answers this path, so Next renders app/not-found.tsx.
    return NextResponse.rewrite(new URL('/_missing-entry', request.url), { status: 404 });
  }
  return NextResponse.next();
}

/**
 * An early redirect to sign-in for visitors without a live session. Not the only check:
 * every admin page and server action verifies the session again itself.
 */
function guardAdmin(request: NextRequest) {
  const signedIn = editorForToken(request.cookies.get(SESSION_COOKIE)?.value) !== null;
  const onLogin = request.nextUrl.pathname === '/admin/login';
  if (onLogin || signedIn) {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  const login = new URL('/admin/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname);
  return NextResponse.redirect(login, 303);
}

export const config = {
  matcher: ['/aid/:key', '/sanctions/:key', '/events/:key', '/sources/:key', '/parties/:key', '/admin', '/admin/:path*'],
};
