import 'server-only';

// Content negotiation and conditional requests for the API's downloads.

/** Whether the request's `Accept` allows one of `types` (no header, `*\/*` or `type/*` do). */
export function acceptsOneOf(request: Request, types: readonly string[]): boolean {
  const header = request.headers.get('accept');
  if (header === null || header.trim() === '') return true;
  return header.split(',').some((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) return false;
    if (range === '*/*') return true;
    if (range.endsWith('/*')) return types.some((t) => t.startsWith(range.slice(0, -1)));
    return types.includes(range);
  });
}

/** Whether `If-None-Match` names this entity tag (weak comparison, as RFC 9110 asks). */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/** The query parameters not in `allowed`, sorted. */
export function unknownParameters(request: Request, allowed: readonly string[] = []): string[] {
  const names = new Set(new URL(request.url).searchParams.keys());
  return [...names].filter((n) => !allowed.includes(n)).sort();
}
