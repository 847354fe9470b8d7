import Link from '@/app/ui/link';

/** Said instead of an empty table, with the way back to everything. */
export function EmptyResult({ noun, clearHref }: { noun: string; clearHref: string }) {
  return (
    <div className="empty-result" role="status">
      <p>No {noun} match these filters.</p>
      <p>
        <Link href={clearHref}>Clear all filters</Link>
      </p>
    </div>
  );
}
