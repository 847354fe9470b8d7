// The admin pages' Content-Security-Policy: scripts only from this origin or carrying the
// request's nonce, so injected markup cannot run even if it ever got past React's escaping.
// Public pages get a static policy from next.config.js instead (README "Security headers");
// both start from the same directives.
import directives from './csp-directives.json';

/**
 * React's one inline script in a prerendered shell. The shell is built ahead of time, so it
 * cannot carry a per-request nonce; its fixed text is allowed by hash instead. If a React
 * upgrade changes it, the browser reports a CSP violation and the e2e fixture fails.
 */
export const SHELL_SCRIPT_HASH = "'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='";

/** A fresh, unguessable nonce for one response. */
export const newNonce = () => btoa(crypto.randomUUID());

export function adminCsp(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  // No 'strict-dynamic': the prerendered shell loads its chunks with plain <script src>,
  // which only 'self' allows. Development needs eval for React's error overlays.
  const scripts = `'nonce-${nonce}' ${SHELL_SCRIPT_HASH}${dev ? " 'unsafe-eval'" : ''}`;
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${name === 'script-src' ? `${sources} ${scripts}` : sources}`)
    .join('; ');
}
