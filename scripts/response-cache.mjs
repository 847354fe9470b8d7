// @ts-check
import {
  brotliCompressSync,
  brotliDecompressSync,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateSync,
} from 'node:zlib';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { onDataChange, dataChanges, storedRevision } from '../db/data-changes.mjs';
import { isAmbiguousPath } from './request-guard.mjs';
import { unstream } from './unstream.mjs';

// Whole responses of public pages, kept in memory and replayed byte for byte. Rendering the
// overview costs tens of milliseconds of CPU at any data size (the page, not the queries);
// replaying it costs a map lookup. A page is only ever replayed from this process, which serves one
// database file, so it cannot show another database's figures.
//
// Freshness: a committed write announces itself (db/data-changes.mjs) and the cache drops
// every page at once; a page whose render overlapped a commit is not kept. Next applies the
// tags a server action expired as the action's response ends, so when a request during which
// data changed ends, the pages go again: a page rendered in between may have read Next's
// stale data. Requests themselves change nothing: a refused, failed or unanswered write
// (a 403, a 405, a wrong password, a body sent at a byte a second) leaves every reader's
// cache as it was. `ttlMs` bounds the age of an entry all the same.
//
// A page goes out in one piece once Next has ended it, its streamed sections in place
// (./unstream.mjs), so it reads in order with JavaScript off, first load or cached.
//
// What shared caches may keep: Next marks every page rendered at request time
// `private, no-store`, and overrides any Cache-Control set in next.config.js or proxy.ts for
// such pages. This cache is the one place that knows a page is the same for every reader, so
// the pages it keeps (public HTML, no cookie asked or set, not failed) go out with a short
// shared lifetime and a strong ETag, and a matching If-None-Match is answered with a 304.
// Everything else keeps Next's header (decision 007).
//
// RSC payloads are kept too, keyed by the headers Next answers them by: the router's
// prefetches (each costs more CPU than replaying a page) and client-side navigations
// repeat across readers.

/** Requests whose answer may depend on who asks. */
const PERSONAL_HEADERS = ['cookie', 'authorization', 'range', 'next-action'];
/**
 * The headers Next answers an RSC request by (its `Vary`, plus `next-url`): a client-side
 * navigation or prefetch gets the payload for exactly these, the same for every reader.
 */
const FLIGHT_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];
const UNCACHED_PATHS = /^\/(?:admin|api|_next)(?:\/|$)/;
const ASSET_PATHS = /^\/_next\/static\//;
/** Requests Next answers from what the reader already holds (304) or in part. */
const CONDITIONAL_HEADERS = ['range', 'if-none-match', 'if-modified-since', 'if-range'];

/** Where `next build` writes the files served under /_next/static/. */
const STATIC_DIR = path.resolve(import.meta.dirname, '..', '.next', 'static');
/** @param {string} url */
const pathOf = (url) => url.split('?', 1)[0] ?? '';
/** Build files found on disk (the build does not change while the process serves it). */
const builtFiles = new Set();

/**
 * A file of the build, the same for everyone: a plain /_next/static/ path naming a file
 * that exists under `staticDir`. Anything else is a page or nothing, however it is spelled.
 * (The server refuses ambiguous paths before the cache; the cache does not rely on it.)
 * @param {import('node:http').IncomingMessage} req @param {string} [staticDir]
 */
export function isAsset(req, staticDir = STATIC_DIR) {
  const pathname = pathOf(req.url ?? '');
  if (!ASSET_PATHS.test(pathname) || isAmbiguousPath(pathname)) return false;
  const file = path.join(staticDir, pathname.slice('/_next/static/'.length));
  if (builtFiles.has(file)) return true;
  if (!file.startsWith(staticDir + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile())
    return false;
  builtFiles.add(file);
  return true;
}
/**
 * A page a shared cache (CDN, reverse proxy) may keep: browsers ask again every time (and
 * get a 304 while the page is unchanged); shared caches serve it for 30 s, then stale for
 * 30 s more while they revalidate. A save shows in front of a shared cache within a minute.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';
/** Hop-by-hop or per-response headers: never replayed. */
const DROPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);
/** React's instruction to render a boundary on the client because the server failed it. */
const FAILED_BOUNDARY = '$RX(';
/** An error row of an RSC payload: a section the server failed. */
const FAILED_ROW = /(?:^|\n)[0-9a-f]+:E\{/;

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, storedAt: number }} Entry
 * @typedef {{ maxBytes?: number, maxEntryBytes?: number, ttlMs?: number, now?: () => number, staticDir?: string }} Options
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} Handler
 */

/**
 * Entries by key, least recently used dropped first beyond `maxBytes`, and any older than
 * `ttlMs` dropped when asked for.
 * @param {{ maxBytes: number, maxEntryBytes: number, ttlMs: number, now: () => number }} limits
 */
function lruStore({ maxBytes, maxEntryBytes, ttlMs, now }) {
  /** @type {Map<string, Entry>} insertion order is recency order */
  const entries = new Map();
  let bytes = 0;
  return {
    /** @param {string} key */
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (now() - entry.storedAt > ttlMs) {
        bytes -= entry.body.length;
        return undefined;
      }
      entries.set(key, entry);
      return entry;
    },
    /** @param {string} key @param {Entry} entry */
    set(key, entry) {
      if (entry.body.length > maxEntryBytes) return;
      // A replaced entry's bytes go with it (counted twice, the total would drift up until
      // nothing more could be kept).
      const replaced = entries.get(key);
      if (replaced) bytes -= replaced.body.length;
      entries.set(key, entry);
      bytes += entry.body.length;
      for (const [oldKey, old] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldKey);
        bytes -= old.body.length;
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    stats: () => ({ entries: entries.size, bytes }),
  };
}

/** @param {Options} [options] */
export function createResponseCache({
  maxBytes = 32 * 1024 * 1024,
  maxEntryBytes = 4 * 1024 * 1024,
  ttlMs = 60_000,
  now = Date.now,
  staticDir = STATIC_DIR,
} = {}) {
  const pages = lruStore({ maxBytes, maxEntryBytes, ttlMs, now });
  // The build's own files (/_next/static/, named by their content): the same until the
  // process stops, so no write empties them. Next gzips them afresh for every request,
  // and every new reader asks for a dozen.
  const assets = lruStore({ maxBytes: maxBytes / 2, maxEntryBytes, ttlMs: Infinity, now });
  /** @type {Map<string, Promise<Entry | null>>} renders in progress, for requests to wait on */
  const rendering = new Map();
  /** @type {Map<string, Promise<Entry | null>>} build files being read, likewise */
  const reading = new Map();
  let revision = 0;
  /** The database's own revision when the pages were last emptied (it counts every process's writes). */
  let stored = storedRevision();

  function invalidate() {
    revision += 1;
    pages.clear();
    rendering.clear();
    stored = storedRevision();
  }
  const stopListening = onDataChange(invalidate);

  /** Another process wrote to the database since the pages were kept: they go. */
  function followStoredRevision() {
    const now = storedRevision();
    if (now !== stored) invalidate();
  }

  /**
   * Serves `req` from the cache, or hands it to `handler` (Next) and keeps what it sent.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Handler} handler
   */
  async function handle(req, res, handler) {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      if (method === 'OPTIONS') return handler(req, res);
      return throughWrite(req, res, handler);
    }
    const key = cacheKey(req, staticDir);
    if (key === null) return bypass(res, req, handler);
    const asset = isAsset(req, staticDir);
    if (!asset) followStoredRevision();
    const store = asset ? assets : pages;
    const inProgress = asset ? reading : rendering;
    const hit = store.get(key);
    if (hit) return replay(req, res, hit, method, 'HIT');
    const pending = inProgress.get(key);
    if (pending) {
      const shared = await pending;
      if (shared) return replay(req, res, shared, method, 'HIT');
      return bypass(res, req, handler);
    }
    // A build file asked for with a cookie is answered from the cache but never stored from
    // such a request: nothing a personal request brought back is kept, whichever store.
    if (method === 'HEAD' || isPersonal(req)) return bypass(res, req, handler);
    const startedAt = revision;
    /** @type {(entry: Entry | null) => void} */
    let settle = () => {};
    inProgress.set(key, new Promise((resolve) => (settle = resolve)));
    res.setHeader('X-Response-Cache', 'MISS');
    // An RSC payload streams to the reader as Next writes it (a navigation shows each section
    // as it comes); a page is held to be sent whole and in order.
    const captured = capture(req, res, now, maxEntryBytes, req.headers.rsc === undefined);
    try {
      await handler(req, res);
      const entry = await captured;
      const keep = entry !== null && (asset || revision === startedAt);
      if (keep) store.set(key, entry);
      settle(keep ? entry : null);
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      if (asset || revision === startedAt) inProgress.delete(key);
    }
  }

  /**
   * A write goes straight to Next. Only if data committed while it ran are the pages dropped
   * again as it ends, once Next has applied the tags the action expired.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {Handler} handler
   */
  function throughWrite(req, res, handler) {
    const before = dataChanges().revision;
    res.once('close', () => {
      if (dataChanges().revision !== before) invalidate();
    });
    return handler(req, res);
  }

  return {
    handle,
    invalidate,
    /** Stops following the data's changes (a cache that is no longer used). */
    close: stopListening,
    /** Entries and bytes held, for tests and diagnostics. */
    stats: () => ({ ...pages.stats(), revision, assets: assets.stats() }),
  };
}

/** @param {import('node:http').IncomingMessage} req */
const isPersonal = (req) => PERSONAL_HEADERS.some((name) => req.headers[name] !== undefined);

/** @param {import('node:http').ServerResponse} res @param {import('node:http').IncomingMessage} req @param {Handler} handler */
function bypass(res, req, handler) {
  res.setHeader('X-Response-Cache', 'BYPASS');
  return handler(req, res);
}

/**
 * The key of a cacheable request, or null. The same path and query with the same
 * negotiated encoding and proxy headers get the same bytes; anything personal bypasses.
 * @param {import('node:http').IncomingMessage} req @param {string} [staticDir]
 */
export function cacheKey(req, staticDir = STATIC_DIR) {
  const url = req.url ?? '/';
  if (isAmbiguousPath(pathOf(url))) return null;
  if (isAsset(req, staticDir)) {
    if (CONDITIONAL_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    return [url, req.headers['accept-encoding'] ?? ''].join('\n');
  }
  if (UNCACHED_PATHS.test(url)) return null;
  if (isPersonal(req)) return null;
  const h = req.headers;
  const flight = FLIGHT_HEADERS.map((name) => String(h[name] ?? ''));
  return [
    url,
    h.host ?? '',
    h['accept-encoding'] ?? '',
    h['x-forwarded-proto'] ?? '',
    h['x-forwarded-host'] ?? '',
    ...flight,
  ].join('\n');
}

/**
 * Holds what Next writes to `res` and sends it in one piece once Next ends it: a page with
 * its streamed sections already in place (unstream.mjs), so even the first reader gets it in
 * order, and readers without JavaScript get it whole. Without `hold`, it is let through as
 * written and a copy kept. A response growing past `limit` (too big to keep) is let through
 * as Next writes it instead. Resolves with the response once sent, or null when it must not
 * be replayed.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => number} now
 * @param {number} limit
 * @param {boolean} hold
 * @returns {Promise<Entry | null>}
 */
function capture(req, res, now, limit, hold) {
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {Record<string, string | string[]>} */
  let passedHeaders = {};
  /** @type {string | undefined} */
  let statusMessage;
  const { write, end, writeHead, flushHeaders } = res;
  const restore = () => Object.assign(res, { write, end, writeHead, flushHeaders });
  let held = 0;
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : null;
    if (bytes === null) return;
    chunks.push(bytes);
    held += bytes.length;
  };
  /** @param {unknown[]} args */
  const callbackOf = (args) =>
    /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === 'function'));
  const sendHead = () =>
    /** @type {(...args: unknown[]) => unknown} */ (writeHead).apply(
      res,
      statusMessage === undefined
        ? [res.statusCode, passedHeaders]
        : [res.statusCode, statusMessage, passedHeaders],
    );
  /** @type {(...args: unknown[]) => unknown} */
  const passOn = (fn, ...args) => /** @type {(...args: unknown[]) => unknown} */ (fn).apply(res, args);
  // Past `limit`: send what is held and let the rest through (the wrappers stay in place,
  // since Next's compression holds on to them).
  let passing = false;
  const startPassing = () => {
    passing = true;
    sendHead();
    for (const chunk of chunks.splice(0)) passOn(write, chunk);
  };

  return new Promise((resolve) => {
    let sent = false;
    // The reader left before Next finished: nothing to send or keep.
    res.once('close', () => {
      if (sent) return;
      restore();
      resolve(null);
    });
    // Node's writeHead(status, headers) keeps headers passed this way out of getHeaders().
    res.writeHead = /** @type {typeof writeHead} */ (
      function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
        if (passing) return passOn(writeHead, status, ...rest);
        if (typeof rest[0] === 'string') statusMessage = rest[0];
        const headers = rest.find((arg) => arg !== null && typeof arg === 'object');
        if (headers && !Array.isArray(headers))
          passedHeaders = { ...passedHeaders, .../** @type {Record<string, string | string[]>} */ (headers) };
        if (!hold) return passOn(writeHead, status, ...rest);
        res.statusCode = status;
        return res;
      }
    );
    res.flushHeaders = () => {
      if (passing || !hold) flushHeaders.call(res);
    };
    res.write = /** @type {typeof write} */ (
      function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
        if (passing) return passOn(write, chunk, ...rest);
        keep(chunk, rest[0]);
        if (!hold) {
          // Too big to keep: stop copying it.
          if (held > limit) {
            passing = true;
            chunks.length = 0;
          }
          return passOn(write, chunk, ...rest);
        }
        if (held > limit) startPassing();
        const done = callbackOf(rest);
        if (done) process.nextTick(done);
        return true;
      }
    );
    res.end = /** @type {typeof end} */ (
      function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
        sent = true;
        if (passing) {
          restore();
          resolve(null);
          return passOn(end, chunk, ...rest);
        }
        keep(chunk, rest[0]);
        restore();
        if (!hold) {
          passOn(end, chunk, ...rest);
          resolve(complete(res, Buffer.concat(chunks), passedHeaders, now).entry);
          return res;
        }
        const { entry, body } = complete(res, Buffer.concat(chunks), passedHeaders, now);
        passedHeaders = withoutHeaders(passedHeaders, ['content-length', 'transfer-encoding']);
        res.removeHeader('transfer-encoding');
        if (entry) {
          passedHeaders = withoutHeaders(passedHeaders, Object.keys(entry.headers));
          for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
        }
        if (entry && unchangedFor(req, entry)) {
          res.statusCode = 304;
          for (const name of ['content-length', 'content-type', 'content-encoding']) res.removeHeader(name);
          sendHead();
          passOn(end, callbackOf(rest));
        } else {
          res.setHeader('content-length', body.length);
          sendHead();
          passOn(end, body, callbackOf(rest));
        }
        resolve(entry);
        return res;
      }
    );
  });
}

/**
 * What to send for a finished response, and what to keep of it (null: nothing). A page
 * kept and sent has its streamed sections in place; anything else goes as Next wrote it.
 * @param {import('node:http').ServerResponse} res @param {Buffer} body
 * @param {Record<string, string | string[]>} passedHeaders @param {() => number} now
 * @returns {{ entry: Entry | null, body: Buffer }}
 */
function complete(res, body, passedHeaders, now) {
  if (res.statusCode !== 200) return { entry: null, body };
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries({ ...res.getHeaders(), ...passedHeaders })) {
    const lower = name.toLowerCase();
    if (value !== undefined && !DROPPED_HEADERS.has(lower))
      headers[lower] = Array.isArray(value) ? value.map(String) : String(value);
  }
  if ('set-cookie' in headers) return { entry: null, body };
  const encoding = headers['content-encoding'];
  const plain = decode(body, encoding);
  if (plain === null || plain.includes(FAILED_BOUNDARY)) return { entry: null, body };
  if (
    String(headers['content-type']).startsWith('text/x-component') &&
    FAILED_ROW.test(plain.toString('utf8'))
  )
    return { entry: null, body };
  const kept = inOrder(body, plain, headers['content-type'], encoding);
  if (String(headers['content-type']).startsWith('text/html')) {
    headers['cache-control'] = SHARED_CACHE_CONTROL;
    headers.etag = `"${createHash('sha256').update(kept).digest('base64url').slice(0, 27)}"`;
  }
  return { entry: { status: 200, headers, body: kept, storedAt: now() }, body: kept };
}

/** `headers` without `names`, whatever their case. @param {Record<string, string | string[]>} headers @param {string[]} names */
function withoutHeaders(headers, names) {
  const dropped = new Set(names.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped.has(name.toLowerCase())));
}

/**
 * Whether the reader already holds this entry: its If-None-Match names the entry's ETag
 * (weak comparison, as RFC 9110 asks for GET) or is `*`.
 * @param {import('node:http').IncomingMessage} req @param {Entry} entry
 */
function unchangedFor(req, entry) {
  const asked = req.headers['if-none-match'];
  const etag = entry.headers.etag;
  if (typeof asked !== 'string' || typeof etag !== 'string') return false;
  return asked.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** The body as sent before compression, or null if it cannot be read. @param {Buffer} body @param {unknown} encoding */
function decode(body, encoding) {
  try {
    return encoding === 'gzip'
      ? gunzipSync(body)
      : encoding === 'br'
        ? brotliDecompressSync(body)
        : encoding === 'deflate'
          ? inflateSync(body)
          : body;
  } catch {
    return null;
  }
}

/**
 * A page to keep with its streamed sections already in place (unstream.mjs), encoded as it
 * was sent; any other body as it is.
 * @param {Buffer} body @param {Buffer} plain @param {unknown} type @param {unknown} encoding
 */
function inOrder(body, plain, type, encoding) {
  if (typeof type !== 'string' || !type.startsWith('text/html')) return body;
  const html = unstream(plain.toString('utf8'));
  if (html === null) return body;
  const bytes = Buffer.from(html, 'utf8');
  return encoding === 'gzip'
    ? gzipSync(bytes)
    : encoding === 'br'
      ? brotliCompressSync(bytes)
      : encoding === 'deflate'
        ? deflateSync(bytes)
        : bytes;
}

/**
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {Entry} entry @param {string} method @param {string} state
 */
function replay(req, res, entry, method, state) {
  if (unchangedFor(req, entry)) {
    const { 'content-type': _type, 'content-encoding': _encoding, ...headers } = entry.headers;
    res.writeHead(304, { ...headers, 'x-response-cache': state });
    res.end();
    return;
  }
  res.writeHead(entry.status, {
    ...entry.headers,
    'content-length': entry.body.length,
    'x-response-cache': state,
  });
  res.end(method === 'HEAD' ? undefined : entry.body);
}
