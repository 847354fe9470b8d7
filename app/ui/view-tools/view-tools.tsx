import { Fragment } from 'react';
import { formatDate } from '@/app/lib/format';
import { permalinkPath, viewFilters, type ViewCite } from '@/app/lib/view-links';
import { DATA_LICENCE, TRACKER_NAME } from '@/domain/licence';
import Link from '@/app/ui/link';
import { CopyCitation } from './copy-citation';
import styles from './view-tools.module.css';

/**
 * "Cite or download", closed until asked for: the view's downloads with its filters, a
 * permalink pinned to a date, and a citation line to copy. Works without JavaScript (a
 * `<details>`, plain links, selectable text); the copy button comes with it.
 */
export function ViewTools({ title, path, params, today, downloads, downloadsNote, pin = 'asof' }: ViewCite) {
  const permalink = permalinkPath(path, params, today, pin);
  const pinned = viewFilters(params)[pin] ?? today;
  return (
    <details className={styles.tools}>
      <summary>Cite or download</summary>
      <dl className={styles.panel}>
        {downloads.length > 0 && (
          <div>
            <dt>Download</dt>
            <dd>
              {downloads.map((d, i) => (
                <Fragment key={d.href}>
                  {i > 0 && ' · '}
                  <a href={d.href}>{d.label}</a>
                </Fragment>
              ))}
              {downloadsNote && <span className={styles.note}>: {downloadsNote}</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>Permalink</dt>
          <dd>
            <a href={permalink}>This view as of {formatDate(pinned)}</a>
          </dd>
        </div>
        <CopyCitation title={title} accessed={formatDate(today)} path={permalink} />
        <div>
          <dt>Licence</dt>
          <dd>
            <a href={DATA_LICENCE.url} rel="license">
              {DATA_LICENCE.shortName}
            </a>
            : credit “{TRACKER_NAME}”. Imported lists keep their own terms (
            <Link href="/licence">data and licence</Link>).
          </dd>
        </div>
      </dl>
    </details>
  );
}

/** The closed control's place while the section loads, so nothing moves when it arrives. */
export function ViewToolsSkeleton() {
  return <div className={styles.skeleton} />;
}
