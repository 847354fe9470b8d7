import { NextResponse, type NextRequest } from 'next/server';
import { BODY_LIMIT, IMPORT_BODY_LIMIT, IMPORT_PATH, tooLarge } from '@/scripts/request-guard.mjs';
import { SESSION_COOKIE } from '@/app/lib/auth/token';
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from './same-origin';

const refusal = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * The body a write may send: the server's own rule (scripts/request-guard.mjs
 * bodyLimitFor), 1 MB except for an upload to the import page with a session cookie.
 */
function bodyLimit(request: NextRequest): number {
  const upload =
    request.method === 'POST' &&
    request.nextUrl.pathname === IMPORT_PATH &&
    request.cookies.has(SESSION_COOKIE);
  return upload ? IMPORT_BODY_LIMIT : BODY_LIMIT;
}

/**
 * Refuses a write (any method but GET and HEAD) from another site, or one too large to
 * read, before Next parses it: with a real status and a sentence, where Next's own checks
 * answer 500. The server actions check the origin again themselves.
 */
export function refuseHostileWrite(request: NextRequest): NextResponse | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  if (!isSameOrigin(request.headers)) return refusal(403, CROSS_ORIGIN_MESSAGE);
  const limit = bodyLimit(request);
  if (Number(request.headers.get('content-length') ?? 0) > limit) {
    const { status, sentence } = tooLarge(limit);
    return refusal(status, sentence);
  }
  return null;
}
