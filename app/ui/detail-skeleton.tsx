export function DetailSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <div className="skeleton skeleton-heading" />
      <div className="section">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="skeleton skeleton-row" />
        ))}
      </div>
    </div>
  );
}
