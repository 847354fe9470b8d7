// @ts-check

const dev = process.env.NODE_ENV === 'development';

// Public pages are prerendered shells that stream their data in: the shell is built before
// any request, so its inline scripts cannot carry a per-request nonce, and the streamed
// ones hold the data, so no hash can be known in advance. Hence 'unsafe-inline' for
// scripts here; everything else is locked to this origin. Admin pages get a nonce-based
// policy from proxy.ts instead (the same directives: app/lib/security/csp-directives.json).
// See README "Security headers".
const PUBLIC_CSP = Object.entries(require('./app/lib/security/csp-directives.json'))
  .map(
    ([name, sources]) =>
      `${name} ${name === 'script-src' ? `${sources} 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}` : sources}`,
  )
  .join('; ');

// The same headers go on the answers the server writes itself (scripts/plain-answer.mjs).
// frame-ancestors 'none' covers current browsers, X-Frame-Options old ones.
const SECURITY_HEADERS = Object.entries(require('./app/lib/security/security-headers.json')).map(
  ([key, value]) => ({ key, value }),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Data sections opt in to request time with `await connection()`; everything else
  // (layout, headings) is prerendered. See README "Freshness".
  cacheComponents: true,
  // Off: with it, every page carries its data twice (the prefetchable shell's payload and
  // the page's), which makes the overview's HTML much larger.
  partialPrefetching: false,
  poweredByHeader: false,
  // Official lists are uploaded through a server action; the server still refuses more than
  // 1 MB anywhere but the import page (scripts/request-guard.mjs bodyLimitFor).
  experimental: { serverActions: { bodySizeLimit: '32mb' } },
  reactStrictMode: true,
  // `npm run bench:js` builds apart, with source maps, to say which package each byte is from.
  ...(process.env.JS_BREAKDOWN === '1' && {
    distDir: '.next/js-breakdown',
    productionBrowserSourceMaps: true,
  }),
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: PUBLIC_CSP }] },
      // Browsers honour HSTS only over HTTPS; a TLS-terminating proxy says so in this header.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(?:,.*)?' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

module.exports = nextConfig;
