import Link from '@/app/ui/link';
import type { AidDetail } from '@/db/queries/aid/aid-list';
import { AID_STATUSES } from '@/domain/vocabulary';
import { formatUsdExact, formatVocabulary } from '@/app/lib/format';
import { Citations } from '@/app/ui/citation';
import { Amount, DateText, OriginalAmount, PartyLink, StatusBadge } from '@/app/ui/values';

const LIFECYCLE = AID_STATUSES.slice(0, 5);

export function AidDetailView({ aid }: { aid: AidDetail }) {
  const stage = LIFECYCLE.indexOf(aid.status as (typeof LIFECYCLE)[number]);
  return (
    <article aria-labelledby="aid-title">
      <p className="breadcrumb">
        <Link href="/aid">Aid packages</Link> / {formatVocabulary(aid.category)} aid
      </p>
      <h1 id="aid-title">{aid.title}</h1>
      <section className="section">
        <dl className="facts">
          <dt>From</dt>
          <dd>
            <PartyLink party={aid.donor} />
          </dd>
          <dt>To</dt>
          <dd>
            <PartyLink party={aid.recipient} />
          </dd>
          <dt>Category</dt>
          <dd>{formatVocabulary(aid.category)}</dd>
          <dt>Amount</dt>
          <dd>
            <Amount usd={aid.amountUsd} />
            {aid.amountUsd !== null && <span className="muted"> ({formatUsdExact(aid.amountUsd)})</span>}
            {aid.currency && aid.currency !== 'USD' && (
              <span className="muted">
                {' '}
                from <OriginalAmount amount={aid.amount} currency={aid.currency} />
              </span>
            )}
          </dd>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={aid.status} />
            {stage >= 0 && (
              <ol className="lifecycle" aria-label="Lifecycle">
                {LIFECYCLE.map((s, i) => (
                  <li
                    key={s}
                    className={i <= stage ? 'reached' : undefined}
                    aria-current={i === stage ? 'step' : undefined}
                  >
                    {formatVocabulary(s)}
                  </li>
                ))}
              </ol>
            )}
          </dd>
          <dt>Announced</dt>
          <dd>
            <DateText iso={aid.announcedOn} />
          </dd>
        </dl>
        {aid.description && <p>{aid.description}</p>}
      </section>
      <section className="section" id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <Citations citations={aid.citations} />
      </section>
      <p className="muted">
        Last updated <DateText iso={aid.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
