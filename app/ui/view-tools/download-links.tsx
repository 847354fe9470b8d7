import { Fragment } from 'react';
import type { Download } from '@/app/lib/view-links';
import styles from './view-tools.module.css';

/** A section's downloads on one short line: "Download: CSV · JSON lines", each link naming what it holds. */
export function DownloadLinks({ downloads, what }: { downloads: Download[]; what: string }) {
  return (
    <p className={styles.downloads}>
      Download:{' '}
      {downloads.map((d, i) => (
        <Fragment key={d.href}>
          {i > 0 && ' · '}
          <a href={d.href}>
            {d.label}
            <span className="visually-hidden"> of {what}</span>
          </a>
        </Fragment>
      ))}
    </p>
  );
}
