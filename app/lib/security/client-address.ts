// Who is asking, as the app sees it: the last hop of `X-Forwarded-For`, the address the
// nearest party we trust saw. Without `TRUST_PROXY=1` the server (scripts/serve.mjs)
// replaces the header with the socket's address; with it, the proxy you run has appended
// the address it saw, and hops before that are the client's word.

export function clientAddressOf(headers: Headers): string {
  const last = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .at(-1);
  return (last ?? 'unknown').slice(0, 100);
}
