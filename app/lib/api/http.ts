import 'server-only';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Problem } from './problem';

// What the read API's handlers share: strict query parameters, content negotiation, and
// conditional requests.

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

/** Whether the request's `Accept` allows one of `types` (no header, or a wildcard, does). */
export function accepts(request: Request, types: readonly string[]): boolean {
  const header = request.headers.get('accept');
  if (!header || header.trim() === '') return true;
  return header.split(',').some((part) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) return false;
    if (range === '*/*') return true;
    const [type, subtype] = range.split('/');
    return types.some((t) => {
      const [tt, ts] = t.split('/');
      return tt === type && (subtype === '*' || ts === subtype);
    });
  });
}

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

/** Whether `If-None-Match` names this ETag (weak comparison, as for a GET). */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === etag);
}

/** An ISO instant as an HTTP date (seconds only). */
export const httpDate = (iso: string) => new Date(iso).toUTCString();
