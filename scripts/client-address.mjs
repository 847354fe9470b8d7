// @ts-check

// Who is asking: the socket's address, or, behind a proxy the operator runs and declares
// (TRUST_PROXY=1), the address that proxy appended last to X-Forwarded-For. The hops before
// it are whatever the client wrote, so they name no one.

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
export function clientAddress(req, trustProxy) {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socketAddress;
  const forwarded = req.headers['x-forwarded-for'] ?? '';
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',');
  return hops.map((hop) => hop.trim()).findLast((hop) => hop !== '') ?? socketAddress;
}

/**
 * Without a trusted proxy, replaces any X-Forwarded-For the client sent with its socket's
 * address, so Next and the app (the sign-in throttle reads this header) cannot be told
 * another address.
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
export function pinForwardedFor(req, trustProxy) {
  if (!trustProxy) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
}
