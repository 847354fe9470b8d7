import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { DATA_LICENSE, queryParameters } from '@/app/lib/api/openapi';
import { API_ROUTES } from '@/app/lib/api/routes';
import { RouteDoc } from '@/app/ui/api-docs/route-doc';
import styles from '@/app/ui/api-docs/api-docs.module.css';

export const metadata: Metadata = {
  title: 'API',
  alternates: { types: { 'application/json': [{ url: '/api/v1/openapi.json', title: 'OpenAPI 3.1' }] } },
};

// The read API for people: written from the same route descriptors as the OpenAPI
// document, so the two cannot disagree.

export default function ApiPage() {
  return (
    <>
      <h1>API</h1>
      <p className="lede">
        The tracker’s public data for scripts and spreadsheets: every list with the filters of its page, a
        page of JSON at a time or whole as CSV, the overview’s figures and tables, the change feed, a
        FollowTheMoney export and the whole database, read-only, with no key.
      </p>
      <section className="section" aria-labelledby="api-basics">
        <h2 id="api-basics">How it works</h2>
        <p>
          Every route answers <code>GET</code> (and <code>HEAD</code>) with JSON unless it says otherwise, and
          takes the same filters as the pages. The whole API is described by an{' '}
          <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>, written from the same definitions as this
          page. In the examples, <code>$TRACKER</code> stands for this site’s address, such as{' '}
          <code>https://tracker.example.org</code>.
        </p>
        <nav aria-label="Routes">
          <ul className={styles.contents}>
            {API_ROUTES.map((r) => (
              <li key={r.path}>
                <a href={`#${r.operationId}`}>
                  <code>{r.path}</code>
                </a>
                : {r.summary}
              </li>
            ))}
          </ul>
        </nav>
      </section>
      {API_ROUTES.map((route) => (
        <RouteDoc key={route.path} route={route} parameters={queryParameters(route)} />
      ))}
      <section className={`section ${styles.route}`} aria-labelledby="api-rules">
        <h2 id="api-rules">Caching, errors and limits</h2>
        <h3>Caching</h3>
        <p>
          Each answer carries an <code>ETag</code>, and a <code>Last-Modified</code> date when the data has
          changed: send the tag back in <code>If-None-Match</code> (or the date in{' '}
          <code>If-Modified-Since</code>) and, while the data and your query are the same, the answer is{' '}
          <code>304 Not Modified</code> with no body. The overview’s tag follows the data’s revision, so an
          answer is current until the next edit or import.
        </p>
        <h3>Errors</h3>
        <p>
          A request the API cannot answer gets a problem detail (RFC 9457,{' '}
          <code>application/problem+json</code>) saying what was wrong and how to fix it, never a partial
          file: <code>400</code> for an unknown or repeated parameter or a value that does not parse (each
          named in <code>errors</code>), <code>406</code> when <code>Accept</code> allows none of the route’s
          types.
        </p>
        <pre className={styles.code} tabIndex={0}>
          <code>
            {JSON.stringify(
              {
                type: 'about:blank',
                status: 400,
                title: 'Invalid parameter',
                detail: 'from: no such date.',
                errors: { from: ['no such date'] },
              },
              null,
              2,
            )}
          </code>
        </pre>
        <h3>Rate limit</h3>
        <p>
          Each client may make only so many requests in a while; beyond it the answer is{' '}
          <code>429 Too Many Requests</code> with <code>Retry-After</code>, the seconds to wait. Revalidating
          with <code>If-None-Match</code> is the cheap way to poll.
        </p>
        <h3>From a web page</h3>
        <p>
          Any origin may read the API (CORS: <code>Access-Control-Allow-Origin: *</code>, for <code>GET</code>
          , <code>HEAD</code> and <code>OPTIONS</code>), and read its <code>ETag</code>,{' '}
          <code>Last-Modified</code>, <code>Link</code> and <code>Retry-After</code> headers.
        </p>
        <h3>Licence</h3>
        <p>
          The data is published under <a href={DATA_LICENSE.url}>{DATA_LICENSE.name}</a>: reuse it, citing the
          tracker and the sources each entry names. What changed lately is on{' '}
          <Link href="/changes">Changes</Link>.
        </p>
      </section>
    </>
  );
}
