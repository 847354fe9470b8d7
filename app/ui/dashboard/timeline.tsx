import Link from '@/app/ui/link';
import type { TimelineEntry, TimelineType } from '@/db/queries/overview/timeline';
import { AID_PARAMS } from '@/app/lib/params/aid';
import { EVENT_PARAMS } from '@/app/lib/params/events';
import { SANCTION_PARAMS } from '@/app/lib/params/sanctions';
import { formatCount, formatVocabulary } from '@/app/lib/format';
import type { OverviewTimeline } from '@/app/lib/overview-data';
import { listHref, type OverviewParams } from '@/app/lib/params/overview';
import { Amount, DateText, PartyLink, StatusBadge } from '@/app/ui/values';
import styles from './timeline.module.css';

const TYPE_LABEL: Record<TimelineType, string> = {
  aid: 'Aid',
  sanction: 'Sanction',
  threat: 'Threat',
  event: 'Event',
};
const DETAIL_PATH: Record<TimelineType, string> = {
  aid: '/aid',
  sanction: '/sanctions',
  threat: '/sanctions',
  event: '/events',
};

/** Aid, sanctions, threats and events on one line, newest first, from the entries the route read. */
export function Timeline({ entries, total, values }: OverviewTimeline & Pick<OverviewParams, 'values'>) {
  return (
    <section aria-labelledby="timeline-heading" className="section">
      <h2 id="timeline-heading">Timeline</h2>
      <p className="chart-summary">
        {entries.length === 0
          ? 'Nothing recorded under these filters.'
          : `Aid, sanctions, threats and events, newest first: ${entries.length === total ? `all ${formatCount(total)}` : `the ${entries.length} newest of ${formatCount(total)}`}.`}
      </p>
      <ol className={styles.timeline} aria-label="Aid, sanctions, threats and events, newest first">
        {entries.map((e) => (
          <li key={`${e.type}-${e.id}`} className={`${styles.entry} ${styles[e.type]}`} data-type={e.type}>
            <DateText iso={e.date} />
            <span className={styles.type}>{TYPE_LABEL[e.type]}</span>
            <div className={styles.body}>
              <Link href={`${DETAIL_PATH[e.type]}/${e.id}`} className={styles.title}>
                {e.title}
              </Link>
              <EntryFacts entry={e} />
            </div>
          </li>
        ))}
      </ol>
      <p className={styles.more}>
        All of it in the lists: <Link href={listHref('/aid', {}, values, AID_PARAMS)}>aid packages</Link>,{' '}
        <Link href={listHref('/sanctions', {}, values, SANCTION_PARAMS)}>sanctions and threats</Link>,{' '}
        <Link href={listHref('/events', {}, values, EVENT_PARAMS)}>events</Link>.
      </p>
    </section>
  );
}

/** Who to whom (or who was involved), and for aid and sanctions what and in which state. */
function EntryFacts({ entry }: { entry: TimelineEntry }) {
  const [from, to] = entry.parties;
  return (
    <p className={styles.facts}>
      {entry.type === 'event' ? (
        <span>
          {entry.parties.map((p, i) => (
            <span key={p.slug}>
              {i > 0 && ', '}
              <PartyLink party={p} />
            </span>
          ))}
        </span>
      ) : (
        from &&
        to && (
          <span>
            <PartyLink party={from} /> → <PartyLink party={to} />
          </span>
        )
      )}
      {entry.kind && <span className="tag">{formatVocabulary(entry.kind)}</span>}
      {entry.status && <StatusBadge status={entry.status} />}
      {entry.type === 'aid' && <Amount usd={entry.amountUsd} />}
    </p>
  );
}
