import { NextResponse, type NextRequest } from 'next/server';
import { editorForToken, SESSION_COOKIE } from '@/app/lib/auth/token';
import { parseId } from '@/app/lib/route-params';
import { slugParam } from '@/app/lib/search-params';
import { entryTitle, type EntryKind } from '@/db/queries/entry-lookup';

// Runs before rendering, so its answers carry real status codes. With Cache Components a
// page sends its shell (and a 200) before it can look anything up, so a notFound() inside
// it can no longer set the status.

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return guardAdmin(request);
  const [, section = '', key = ''] = pathname.split('/');
  if (entryExists(section, key)) return NextResponse.next();
  // No route answers this path, so Next renders app/not-found.tsx, with a 404.
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
}

const KIND_BY_SECTION: Record<string, EntryKind> = {
  aid: 'aid',
  sanctions: 'sanction',
  events: 'event',
  sources: 'source',
  parties: 'party',
};

/** Whether a detail page has a live entry to show: one indexed probe. */
function entryExists(section: string, raw: string): boolean {
  const kind = KIND_BY_SECTION[section];
  if (!kind) return true;
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    return false;
  }
  if (kind === 'party') return slugParam.safeParse(key).success && entryTitle('party', key) !== null;
  const id = parseId(key);
  return id !== null && entryTitle(kind, id) !== null;
}

/**
 * An early redirect to sign-in for visitors without a live session. Not the only check:
 * every admin page and server action verifies the session again itself.
 */
function guardAdmin(request: NextRequest) {
  // Server actions (POST) answer for themselves: each checks the session and refuses with a
  // message its form can show, which a redirect here would swallow.
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  const signedIn = editorForToken(request.cookies.get(SESSION_COOKIE)?.value) !== null;
  if (!navigation || request.nextUrl.pathname === '/admin/login' || signedIn) {
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
