import { ViewToolsSkeleton } from '@/app/ui/view-tools/view-tools';

/** Stands in for the cite control, a filter form and a page of rows while they load. */
export function ListSkeleton({ rows = 10 }: { rows?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      <ViewToolsSkeleton />
      <div className="skeleton skeleton-filters" />
      <div className="section">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="skeleton skeleton-row" />
        ))}
      </div>
    </div>
  );
}
