import type { PartyRef } from '@/db/queries/aid/aid-list';
import { PartyLink } from '@/app/ui/values';
import styles from './party-links.module.css';

/** Several parties as a comma-separated run of links (real commas, so copied text reads right). */
export function PartyLinks({ parties }: { parties: PartyRef[] }) {
  if (parties.length === 0) return <span className="muted">none recorded</span>;
  return (
    <ul className={styles.links}>
      {parties.map((p, i) => (
        <li key={p.slug}>
          {i > 0 && ', '}
          <PartyLink party={p} />
        </li>
      ))}
    </ul>
  );
}
