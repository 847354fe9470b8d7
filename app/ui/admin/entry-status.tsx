import Link from '@/app/ui/link';

const SAVED: Record<string, string> = {
  '1': 'Saved. The public dashboard shows the change now.',
  retired: 'Retired: it no longer counts anywhere on the public dashboard.',
  restored: 'Restored: it counts again on the public dashboard.',
};

/** Outcome of the last action, and where the entry stands. */
export function EntryStatus({
  saved,
  retiredAt,
  updatedAt,
  publicHref,
}: {
  saved?: string;
  retiredAt: string | null;
  updatedAt: string;
  publicHref: string;
}) {
  const message = saved ? SAVED[saved] : undefined;
  return (
    <>
      {message && (
        <p className="form-message-info" role="status">
          {message}
        </p>
      )}
      <p className="muted">
        {retiredAt ? (
          <strong>Retired on {retiredAt.slice(0, 10)}. </strong>
        ) : (
          <Link href={publicHref}>See it on the public site</Link>
        )}
        {' · '}Last updated {updatedAt.slice(0, 16).replace('T', ' ')} UTC
      </p>
    </>
  );
}
