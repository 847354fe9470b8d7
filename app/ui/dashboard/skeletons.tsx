import styles from './dashboard.module.css';

// Same footprint as the sections they stand in for, so nothing moves when data arrives.

export function HeadlinesSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading figures">
      {[
        [5, styles.skeletonCard],
        [4, styles.skeletonCountCard],
      ].map(([count, size], s) => (
        <section key={s} className="section">
          <div className="skeleton skeleton-heading" />
          <div className="cards">
            {Array.from({ length: Number(count) }, (_, i) => (
              <div key={i} className={`card skeleton ${size}`} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** Chart frames in the charts' grid; `wide` ones span the row as their charts do. */
export function ChartsSkeleton({ count, wide }: { count: number; wide: number }) {
  return (
    <div className={styles.chartGrid} aria-busy="true" aria-label="Loading charts">
      {Array.from({ length: count + wide }, (_, i) => (
        <div key={i} className={i >= count ? styles.wide : undefined}>
          <section className={`section chart-frame ${styles.skeletonChart}`}>
            <div className="skeleton skeleton-heading" />
            <div className="skeleton skeleton-line" />
            <div className="chart-box skeleton" />
            <div className="skeleton skeleton-line" />
          </section>
        </div>
      ))}
    </div>
  );
}

/** A heading and rows; `tall` rows stand in for two-line timeline entries. */
export function RowsSkeleton({ label, rows, tall = false }: { label: string; rows: number; tall?: boolean }) {
  return (
    <section className="section" aria-busy="true" aria-label={label}>
      <div className="skeleton skeleton-heading" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`skeleton ${tall ? styles.skeletonEntry : 'skeleton-row'}`} />
      ))}
    </section>
  );
}

/** For the route's loading state: the top of the overview. */
export function OverviewSkeleton() {
  return (
    <>
      <HeadlinesSkeleton />
      <ChartsSkeleton count={2} wide={0} />
    </>
  );
}
