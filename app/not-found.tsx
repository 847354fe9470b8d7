import Link from '@/app/ui/link';

export default function NotFound() {
  return (
    <section className="section">
      <h1>Not found</h1>
      <p>There is no page at this address. It may have been retired or mistyped.</p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </section>
  );
}
