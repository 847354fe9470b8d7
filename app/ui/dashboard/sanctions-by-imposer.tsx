import Link from '@/app/ui/link';
import type { ImposerSanctions } from '@/db/queries/sanctions/sanctions';
import { SANCTION_PARAMS } from '@/app/lib/params/sanctions';
import { formatCount, formatDate, formatVocabulary, pluralize } from '@/app/lib/format';
import { listHref } from '@/app/lib/params/overview';
import { Citations } from '@/app/ui/citation';

interface Props {
  groups: ImposerSanctions[];
  params: Record<string, string | undefined>;
}

/** Who sanctions whom, each sanction with its source: the rows behind the sanction figures. */
export function SanctionsByImposer({ groups, params }: Props) {
  return (
    <section aria-labelledby="sanctions-heading" className="section">
      <h2 id="sanctions-heading">Who sanctions whom</h2>
      {groups.length === 0 && <p>No sanctions under these filters.</p>}
      <div className="imposers">
        {groups.map((group) => (
          <article
            key={group.imposerSlug}
            className="imposer"
            aria-labelledby={`imposer-${group.imposerSlug}`}
          >
            <h3 id={`imposer-${group.imposerSlug}`}>
              <Link href={`/parties/${group.imposerSlug}`}>{group.imposer}</Link>
            </h3>
            <p className="card-note" data-testid={`imposer-summary-${group.imposerSlug}`}>
              {`${pluralize(group.inForce, 'sanction')} in force on ${pluralize(group.targets, 'target')}`}
            </p>
            <ul className="sanction-list">
              {group.sanctions.map((s) => (
                <li key={s.id} className={`sanction status-${s.status}`}>
                  <div className="sanction-line">
                    <Link className="sanction-target" href={`/sanctions/${s.id}`}>
                      {s.target}
                    </Link>
                    <span className="tag">{formatVocabulary(s.measure)}</span>
                    <span className={`badge badge-${s.status}`}>{formatVocabulary(s.status)}</span>
                    <span className="sanction-date">{`${s.status === 'imposed' ? 'since' : 'on'} ${formatDate(s.effectiveOn ?? s.announcedOn)}`}</span>
                  </div>
                  <details className="evidence">
                    <summary>Source</summary>
                    <p className="evidence-title">{s.title}</p>
                    <Citations citations={s.citations} />
                  </details>
                </li>
              ))}
            </ul>
            {group.total > group.sanctions.length && (
              <p className="card-note">
                <Link href={listHref('/sanctions', { imposer: group.imposerSlug }, params, SANCTION_PARAMS)}>
                  All {formatCount(group.total)} sanctions by {group.imposer}
                </Link>
              </p>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
