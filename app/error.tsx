'use client';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section className="section" role="alert">
      <h1>Something went wrong</h1>
      <p>
        The figures could not be loaded. Try again; if it keeps happening, quote this reference:{' '}
        {error.digest ?? 'n/a'}.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
