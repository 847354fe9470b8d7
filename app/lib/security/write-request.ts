import { NextResponse, type NextRequest } from 'next/server';
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from './same-origin';

/** Next's default `serverActions.bodySizeLimit`; no form of the tracker comes near it. */
export const WRITE_BODY_LIMIT = 1024 * 1024;

const refusal = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * Refuses a write (any method but GET and HEAD) from another site, or one too large to
 * read, before Next parses it: with a real status and a sentence, where Next's own checks
 * answer 500. The server actions check the origin again themselves.
 */
export function refuseHostileWrite(request: NextRequest): NextResponse | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  if (!isSameOrigin(request.headers)) return refusal(403, CROSS_ORIGIN_MESSAGE);
  if (Number(request.headers.get('content-length') ?? 0) > WRITE_BODY_LIMIT) {
    return refusal(413, 'This request is larger than 1 MB, so it was refused; nothing was saved.');
  }
  return null;
}
