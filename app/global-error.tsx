'use client';

// Shown when even the root layout fails. It replaces that layout, so it brings its own
// document; like app/error.tsx it tells the reader nothing about the server's insides,
// only a reference that matches the server's log.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : 'n/a';
  return (
    <html lang="en">
      <body>
        <main role="alert">
          <title>Something went wrong · Sanctions &amp; Aid Tracker</title>
          <h1>Something went wrong</h1>
          <p>
            The tracker could not show this page. Try again; if it keeps happening, quote this reference:{' '}
            {digest}.
          </p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
