import { NextResponse, type NextRequest } from 'next/server';
import { editorForToken, SESSION_COOKIE } from '@/app/lib/auth/token';
import { problemResponse } from '@/app/lib/api/problem';
import { parseId } from '@/app/lib/params/route-params';
import { consumeApiRequest, rateLimitHeaders } from '@/app/lib/security/api-rate-limit';
import { clientAddressOf } from '@/app/lib/security/client-address';
import { adminCsp, newNonce } from '@/app/lib/security/csp';
import { refuseHostileWrite } from '@/app/lib/security/write-request';
import { slugParam } from '@/app/lib/params/search-params';
import { entryTitle, type EntryKind } from '@/db/queries/admin/entry-lookup';

// Runs before rendering, so its answers carry real status codes. With Cache Components a
// page sends its shell (and a 200) before it can look anything up, so a notFound() inside
// it can no longer set the status.

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const admin = pathname === '/admin' || pathname.startsWith('/admin/');
  // Before the write check: that refuses a cross-site OPTIONS, which here is a CORS preflight.
  if (pathname.startsWith('/api/v1/')) return limitApi(request);
  const refused = refuseHostileWrite(request);
  if (refused) return admin ? withAdminCsp(refused, newNonce()) : refused;
  // Broken percent-encoding (`%E0%A4%A`) names nothing; left to Next, decoding a dynamic
  // segment of it would fail with a 500.
  if (!decodable(pathname)) return notFound(request);
  if (admin) return guardAdmin(request);
  const [, section = '', key = ''] = pathname.split('/');
  if (key === '' || entryExists(section, key)) return NextResponse.next();
  return notFound(request);
}

/**
 * Counts the request against its client's share of the API (app/lib/security/api-rate-limit.ts)
 * and says where it stands; over the limit, a 429 to retry after the window ends. A CORS
 * preflight is the browser asking, not the client: it is neither counted nor refused.
 */
async function limitApi(request: NextRequest): Promise<Response> {
  if (request.method === 'OPTIONS') return NextResponse.next();
  const refused = refuseHostileWrite(request);
  if (refused) return refused;
  const verdict = await consumeApiRequest(clientAddressOf(request.headers));
  const headers = rateLimitHeaders(verdict);
  if (!verdict.allowed)
    return problemResponse(
      {
        status: 429,
        title: 'Too many requests',
        detail: `This client made more than ${verdict.limit} API requests in a minute; try again in ${verdict.resetSeconds} s.`,
      },
      { ...headers, 'Retry-After': String(verdict.resetSeconds) },
    );
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** No route answers this path, so Next renders app/not-found.tsx, with a 404. */
const notFound = (request: NextRequest) =>
  NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
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
  const key = decodeURIComponent(raw);
  if (kind === 'party') return slugParam.safeParse(key).success && entryTitle('party', key) !== null;
  const id = parseId(key);
  return id !== null && entryTitle(kind, id) !== null;
}

/**
 * An early redirect to sign-in for visitors without a live session. Not the only check:
 * every admin page and server action verifies the session again itself.
 */
function guardAdmin(request: NextRequest) {
  const nonce = newNonce();
  // Server actions (POST) answer for themselves: each checks the session and refuses with a
  // message its form can show, which a redirect here would swallow.
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  const signedIn = editorForToken(request.cookies.get(SESSION_COOKIE)?.value) !== null;
  if (!navigation || request.nextUrl.pathname === '/admin/login' || signedIn) {
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', adminCsp(nonce));
    const response = NextResponse.next({ request: { headers } });
    response.headers.set('Cache-Control', 'private, no-store');
    return withAdminCsp(response, nonce);
  }
  const login = new URL('/admin/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname);
  return withAdminCsp(NextResponse.redirect(login, 303), nonce);
}

function withAdminCsp(response: NextResponse, nonce: string): NextResponse {
  response.headers.set('Content-Security-Policy', adminCsp(nonce));
  return response;
}

export const config = {
  matcher: [
    '/aid/:key',
    '/sanctions/:key',
    '/events/:key',
    '/sources/:key',
    '/parties/:key',
    '/admin',
    '/admin/:path*',
    '/api/v1/:path*',
    // Server actions can be posted to any page, so writes are checked wherever they land.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/:path*',
      has: [
        {
          type: 'header',
          key: 'content-type',
          value: '(?:multipart/form-data|application/x-www-form-urlencoded|text/plain).*',
        },
      ],
    },
  ],
};
