import 'server-only';
import { LICENCE_LINK_HEADER } from '@/domain/licence';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { API_CORS_HEADERS, type Problem } from './problem';

// What the read API's handlers share: strict query parameters, content negotiation,
// conditional requests and the CORS preflight.

/**
 * The query string as one value per name, checked by `schema`; a repeated or unknown
 * parameter, or a value that does not parse, is a 400 naming each parameter and why.
 */
export function parseQuery<S extends z.ZodType>(
  url: URL,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; problem: Problem } {
  const raw: Record<string, string> = {};
  const errors: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) {
    if (name in raw) errors[name] = ['given more than once'];
    else raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? 'query')];
      for (const name of names) (errors[name] ??= []).push(issue.message);
    }
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, problem: invalidParameters(errors) };
}

export function invalidParameters(errors: Record<string, string[]>): Problem {
  const detail = Object.entries(errors)
    .map(([name, reasons]) => `${name}: ${reasons.join('; ')}`)
    .join('. ');
  return { status: 400, title: 'Invalid parameter', detail: `${detail}.`, errors };
}

/**
 * Which of `types` (in the server's order of preference) the request's `Accept` prefers,
 * or null when it allows none. No header allows all; the most specific range that
 * matches a type gives its weight (RFC 9110 §12.5.1), and `q=0` refuses it.
 */
export function preferredType<T extends string>(request: Request, types: readonly T[]): T | null {
  const header = request.headers.get('accept');
  if (header === null || header.trim() === '') return types[0] ?? null;
  const ranges = header.split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { range, weight: Number.isFinite(weight) ? weight : 0 };
  });
  let best: T | null = null;
  let bestWeight = 0;
  for (const type of types) {
    const [main] = type.split('/');
    const specificity = (range: string) =>
      range === type ? 3 : range === `${main}/*` ? 2 : range === '*/*' ? 1 : 0;
    const match = ranges
      .filter((r) => specificity(r.range) > 0)
      .sort((a, b) => specificity(b.range) - specificity(a.range))[0];
    if (match && match.weight > bestWeight) {
      best = type;
      bestWeight = match.weight;
    }
  }
  return best;
}

/** Whether the request's `Accept` allows one of `types` (no header, `*\/*` or `type/*` do). */
export const accepts = (request: Request, types: readonly string[]): boolean =>
  preferredType(request, types) !== null;

export function notAcceptable(types: readonly string[]): Problem {
  return {
    status: 406,
    title: 'Not acceptable',
    detail: `This resource is served as ${types.join(' or ')}; ask for it in the Accept header, or send none.`,
  };
}

/** A strong ETag of the body as sent. */
export const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * Whether the client's copy is current: `If-None-Match` names this entity tag (weak
 * comparison, as RFC 9110 asks for a GET), or, without it, nothing changed after
 * `If-Modified-Since`.
 */
export function notModified(request: Request, etag: string, lastModified?: string): boolean {
  const header = request.headers.get('if-none-match');
  if (header !== null) {
    if (header.trim() === '*') return true;
    const bare = (tag: string) => tag.trim().replace(/^W\//, '');
    return header.split(',').some((tag) => bare(tag) === bare(etag));
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return lastModified !== undefined && !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

/** An ISO instant as an HTTP date (seconds only). */
export const httpDate = (iso: string) => new Date(iso).toUTCString();

/** The answer to a CORS preflight: any origin may read the API with GET. */
export const preflight = () =>
  new Response(null, {
    status: 204,
    headers: { ...API_CORS_HEADERS, 'Access-Control-Max-Age': '86400' },
  });

/** The `Link` header of a page with more after it: the licence, and the next page's address. */
export function nextLink(request: Request, cursor: string): string {
  const url = new URL(request.url);
  url.searchParams.set('cursor', cursor);
  return `${LICENCE_LINK_HEADER}, <${url.pathname}${url.search}>; rel="next"`;
}
