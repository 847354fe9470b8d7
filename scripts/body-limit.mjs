// @ts-check
import { IncomingMessage } from 'node:http';

// A body sent in chunks has no Content-Length to check in advance (./request-guard.mjs
// checks the ones that do), and Next reads it to the end before its own limit applies,
// answering a large chunked body to a server action with a 500. So such a body is read
// here, counted as it arrives, and Next gets the same request with the body in hand and
// its length.

/** How much more of a refused body is read and dropped before the connection is cut. */
const DISCARD_BYTES = 4 * 1024 * 1024;
const DISCARD_MS = 5_000;

/**
 * Resolves to the request for Next: `req` itself when it has no chunked body, else a copy
 * carrying the whole body; or null, once `onTooLarge` has answered because the count passed
 * `limit`, or when the client left before the end.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @param {() => void} onTooLarge answers the request (413)
 * @returns {Promise<import('node:http').IncomingMessage | null>}
 */
export function withCountedBody(req, limit, onTooLarge) {
  if (req.headers['transfer-encoding'] === undefined) return Promise.resolve(req);
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let bytes = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      bytes += chunk.length;
      if (bytes <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData).off('end', onEnd).off('close', onGone);
      chunks.length = 0;
      onTooLarge();
      discardRest(req);
      resolve(null);
    };
    const onEnd = () => resolve(withBody(req, Buffer.concat(chunks)));
    // A client that left mid-body is owed no answer.
    const onGone = () => resolve(null);
    req.on('data', onData).once('end', onEnd).once('close', onGone);
  });
}

/**
 * Reads and drops what is left of a refused request's body, for a while: a client still
 * sending when the socket closes gets a reset, which can destroy the answer before it is
 * read. Past DISCARD_BYTES or DISCARD_MS the connection is cut.
 * @param {import('node:http').IncomingMessage} req
 */
export function discardRest(req) {
  if (req.complete) return;
  let bytes = 0;
  // Never once the body has ended: the connection may be carrying the client's next request.
  const cut = () => req.complete || req.socket.destroy();
  const timer = setTimeout(cut, DISCARD_MS).unref();
  req.on('data', (/** @type {Buffer} */ chunk) => {
    bytes += chunk.length;
    if (bytes > DISCARD_BYTES) cut();
  });
  req.once('end', () => clearTimeout(timer));
  req.resume();
}

/**
 * The request as Next would have seen it with a Content-Length: same socket, method, URL
 * and headers, and `body` as its whole stream.
 * @param {import('node:http').IncomingMessage} req
 * @param {Buffer} body
 */
function withBody(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  const { 'transfer-encoding': _chunked, ...headers } = req.headers;
  copy.headers = { ...headers, 'content-length': String(body.length) };
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((v) => [name, v]).flat() : [name, String(value)],
  );
  copy.trailers = req.trailers;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}
