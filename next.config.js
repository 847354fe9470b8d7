// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Data sections opt in to request time with `await connection()`; everything else
  // (layout, headings) is prerendered. See README "Freshness".
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
