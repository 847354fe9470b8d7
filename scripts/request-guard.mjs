// @ts-check

// Requests the server refuses before the page cache or Next looks at them, each with the
// status and sentence it is answered with (./plain-answer.mjs).

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
/** Next's default server-action body limit; no form of the tracker comes near it. */
export const BODY_LIMIT = 1024 * 1024;
/** Where editors upload official lists; the largest (OFAC's four files) is a few MB. */
export const IMPORT_PATH = '/admin/import';
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/**
 * The body a request may send: more only for an upload to the import page from a browser
 * holding a session cookie (the action checks the session itself; a stranger without one
 * cannot make the server read 32 MB).
 * @param {import('node:http').IncomingMessage} req
 */
export function bodyLimitFor(req) {
  const pathname = (req.url ?? '').split('?', 1)[0];
  const session = /(?:^|;\s*)tracker_session=/.test(String(req.headers.cookie ?? ''));
  return req.method === 'POST' && pathname === IMPORT_PATH && session ? IMPORT_BODY_LIMIT : BODY_LIMIT;
}
/** Where app/lib/auth counts the password hashes in progress: `{ busy, limit }`. */
const HASH_SLOTS = Symbol.for('tracker.password-hash-slots');

/**
 * A path segment that is `.` or `..`, also percent-encoded; a backslash; an encoded slash or
 * backslash. The page cache classes a request by its path as sent while Next renders the
 * path it normalises to, so `/_next/static/../../admin/history` was kept as a build file
 * and replayed to anyone. No link of the tracker has any of these, nor a target that is
 * not a path (`*`, `http://host/…`), refused too.
 */
const AMBIGUOUS_PATH = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)|\\|%2f|%5c/i;
/** @param {string} pathname */
export const isAmbiguousPath = (pathname) => AMBIGUOUS_PATH.test(pathname);

/**
 * @typedef {{ status: number, sentence: string, headers?: Record<string, string> }} Refusal
 * @param {import('node:http').IncomingMessage} req
 * @returns {Refusal | null}
 */
export function refusal(req) {
  const target = req.url ?? '';
  const pathname = target.split('?', 1)[0] ?? '';
  if (!pathname.startsWith('/') || isAmbiguousPath(pathname)) {
    return {
      status: 400,
      sentence:
        'This address has dot-segments, backslashes or encoded slashes, so it names no page of the tracker.',
    };
  }
  if (!ALLOWED_METHODS.includes(req.method ?? '')) {
    return {
      status: 405,
      sentence: `The tracker answers only ${ALLOWED_METHODS.join(', ')} requests.`,
      headers: { Allow: ALLOWED_METHODS.join(', ') },
    };
  }
  if (Number(req.headers['content-length'] ?? 0) > bodyLimitFor(req)) return tooLarge(bodyLimitFor(req));
  if (req.method === 'POST' && pathname === '/admin/login' && signInBusy()) {
    return {
      status: 503,
      sentence: 'Sign-in is busy: too many attempts at once. Try again in a few seconds.',
      headers: { 'Retry-After': '2' },
    };
  }
  return null;
}

/** @param {number} limit @returns {Refusal} */
export const tooLarge = (limit) => ({
  status: 413,
  sentence: `This request is larger than ${limit / 1024 / 1024} MB, so it was refused; nothing was saved.`,
});
export const TOO_LARGE = tooLarge(BODY_LIMIT);

/**
 * Whether every password hash the app allows at once is in progress. Refused here, a
 * sign-in costs no body read and no render while the hashes take the CPU.
 */
function signInBusy() {
  const slots = /** @type {{ busy?: unknown, limit?: unknown } | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (globalThis)[HASH_SLOTS]
  );
  return typeof slots?.busy === 'number' && typeof slots.limit === 'number' && slots.busy >= slots.limit;
}
