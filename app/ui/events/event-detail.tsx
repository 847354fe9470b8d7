import Link from '@/app/ui/link';
import type { EventDetail } from '@/db/queries/events/event-detail';
import { formatDate, pluralize } from '@/app/lib/format';
import { Citations } from '@/app/ui/citation';
import { AidTable, SanctionTable } from '@/app/ui/tables/entry-tables';
import { DateText } from '@/app/ui/values';
import styles from './event-detail.module.css';
import { PartyLinks } from '@/app/ui/party-links';

export function EventDetailView({ event }: { event: EventDetail }) {
  const { around } = event;
  const window = `${formatDate(around.from)} – ${formatDate(around.to)}`;
  return (
    <article aria-labelledby="event-title">
      <p className="breadcrumb">
        <Link href="/events">Events</Link> / <DateText iso={event.occurredOn} />
      </p>
      <h1 id="event-title">{event.title}</h1>
      <section className="section">
        <dl className="facts">
          <dt>Date</dt>
          <dd>
            <DateText iso={event.occurredOn} />
          </dd>
          <dt>Parties involved</dt>
          <dd>
            <PartyLinks parties={event.parties} />
          </dd>
        </dl>
        {event.description && <p>{event.description}</p>}
      </section>
      <section className="section" id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <Citations citations={event.citations} />
      </section>
      <section className={`section ${styles.around}`} aria-labelledby="around-heading">
        <h2 id="around-heading">Around this event</h2>
        <p className="muted">
          Aid and sanctions involving its parties within {around.days} days either side ({window}).
        </p>
        <h3>Aid packages</h3>
        {around.aid.length === 0 ? (
          <p>No aid package involving these parties in this period.</p>
        ) : (
          <>
            <AidTable caption={`Aid packages around ${event.title}`} rows={around.aid} />
            {around.aidTotal > around.aid.length && (
              <p className="muted">
                Showing the first {around.aid.length} of {pluralize(around.aidTotal, 'package')}.
              </p>
            )}
          </>
        )}
        <h3>Sanctions</h3>
        {around.sanctions.length === 0 ? (
          <p>No sanction involving these parties in this period.</p>
        ) : (
          <>
            <SanctionTable caption={`Sanctions around ${event.title}`} rows={around.sanctions} />
            {around.sanctionTotal > around.sanctions.length && (
              <p className="muted">
                Showing the first {around.sanctions.length} of {pluralize(around.sanctionTotal, 'sanction')}.
              </p>
            )}
          </>
        )}
      </section>
      <p className="muted">
        Last updated <DateText iso={event.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
