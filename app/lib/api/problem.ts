import 'server-only';
import { LICENCE_LINK_HEADER } from '@/domain/licence';
import { AsOfBusyError } from '@/db/queries/asof/rewind';

// Errors of the read API and the downloads as problem details (RFC 9457): a JSON body
// saying what went wrong and how to fix it, never an HTML error page or a partial file.

export interface Problem {
  status: 400 | 401 | 403 | 404 | 405 | 406 | 409 | 413 | 429 | 500 | 503;
  /** A short, stable summary of the kind of problem ("Invalid parameter"). */
  title: string;
  /** What was wrong with this request, and how to fix it. */
  detail: string;
  /** Per parameter, the reasons it was refused. */
  errors?: Record<string, string[]>;
}

/** Headers every API answer carries: its licence, readable from any origin, GET only. */
export const API_CORS_HEADERS = {
  // The data's licence travels with every answer (RFC 8288 `license` relation).
  Link: LICENCE_LINK_HEADER,
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Expose-Headers':
    'ETag, Last-Modified, Retry-After, Link, Content-Disposition, Repr-Digest, RateLimit, RateLimit-Policy, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
} as const;

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', ...problem }), {
    status: problem.status,
    headers: {
      ...API_CORS_HEADERS,
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/**
 * The answer to a read as of a day (decision 011) that found a save writing, or null for
 * any other error: a 503 to ask again, never a 500.
 */
export function asOfBusy(error: unknown): Response | null {
  if (!(error instanceof AsOfBusyError)) return null;
  return problemResponse(
    {
      status: 503,
      title: 'Busy',
      detail: 'A save is being written; ask again in a second for the tracker as of that day.',
    },
    { 'Retry-After': '1' },
  );
}
