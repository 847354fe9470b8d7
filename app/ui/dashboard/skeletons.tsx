// Same footprint as the sections they stand in for, so nothing moves when data arrives.
export function OverviewSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading figures">
      <section className="section">
        <div className="skeleton skeleton-heading" />
        <div className="cards">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="card skeleton-card" />
          ))}
        </div>
      </section>
      <section className="section chart-frame">
        <div className="skeleton skeleton-heading" />
        <div className="skeleton skeleton-line" />
        <div className="chart-box skeleton" />
      </section>
    </div>
  );
}
