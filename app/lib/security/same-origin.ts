// Whether a POST came from this site's own pages: the browser's Origin names the host the
// request was sent to. Next checks this for server actions too, but lets a request with no
// Origin through; every browser sends one on a POST, so only hand-made requests lack it.

/** The host the client addressed, as Next itself reads it (a proxy's X-Forwarded-Host first). */
function requestedHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
}

export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  // `null` is what sandboxed frames, data: pages and some redirects send: never ours.
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host === requestedHost(headers);
  } catch {
    return false;
  }
}

export const CROSS_ORIGIN_MESSAGE =
  'This request did not come from the tracker’s own pages, so it was refused; nothing was saved.';
