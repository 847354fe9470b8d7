import type { ImposerSanctions } from '@/db/queries/sanctions';
import { formatDate, formatVocabulary, pluralize } from '@/app/lib/format';
import { Citations } from '@/app/ui/citation';

export function SanctionsByImposer({ groups }: { groups: ImposerSanctions[] }) {
  return (
    <section aria-labelledby="sanctions-heading" className="section">
      <h2 id="sanctions-heading">Sanctions by imposing party</h2>
      {groups.length === 0 && <p>No sanctions recorded.</p>}
      <div className="imposers">
        {groups.map((group) => (
          <article key={group.imposerSlug} className="imposer" aria-labelledby={`imposer-${group.imposerSlug}`}>
            <h3 id={`imposer-${group.imposerSlug}`}>{group.imposer}</h3>
            <p className="card-note" data-testid={`imposer-summary-${group.imposerSlug}`}>
              {pluralize(group.inForce, 'sanction')} in force on {pluralize(group.targets, 'target')}
            </p>
            <ul className="sanction-list">
              {group.sanctions.map((s) => (
                <li key={s.id} className={`sanction status-${s.status}`}>
                  <div className="sanction-line">
                    <span className="sanction-target">{s.target}</span>
                    <span className="tag">{formatVocabulary(s.measure)}</span>
                    <span className={`badge badge-${s.status}`}>{formatVocabulary(s.status)}</span>
                    <span className="sanction-date">
                      {s.status === 'imposed' ? 'since' : 'on'} {formatDate(s.effectiveOn ?? s.announcedOn)}
                    </span>
                  </div>
                  <details className="evidence">
                    <summary>Source</summary>
                    <p className="evidence-title">{s.title}</p>
                    <Citations citations={s.citations} />
                  </details>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
