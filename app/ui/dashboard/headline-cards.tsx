import type { AidEvidence, AidTotals } from '@/db/queries/aid';
import { formatDate, formatUsd, formatUsdExact, formatVocabulary, pluralize } from '@/app/lib/format';
import { Citations } from '@/app/ui/citation';

interface Props {
  totals: AidTotals;
  committedEvidence: AidEvidence[];
  uncommittedEvidence: AidEvidence[];
}

export function HeadlineCards({ totals, committedEvidence, uncommittedEvidence }: Props) {
  const { uncommitted } = totals;
  return (
    <section aria-labelledby="headline-heading" className="section">
      <h2 id="headline-heading">Aid at a glance</h2>
      <div className="cards">
        <article className="card card-total" aria-labelledby="card-committed">
          <h3 id="card-committed">Committed aid</h3>
          <p className="figure" title={formatUsdExact(totals.committedUsd)} data-testid="committed-total">
            {formatUsd(totals.committedUsd)}
          </p>
          <p className="card-note">
            {pluralize(totals.committedCount, 'package')} approved, authorized or delivered
          </p>
        </article>
        {totals.byCategory.map(({ category, usd, count }) => (
          <article key={category} className="card" aria-labelledby={`card-${category}`}>
            <h3 id={`card-${category}`}>{formatVocabulary(category)}</h3>
            <p className="figure" title={formatUsdExact(usd)} data-testid={`committed-${category}`}>
              {count === 0 ? 'None' : formatUsd(usd)}
            </p>
            <p className="card-note">{count === 0 ? 'no committed package' : pluralize(count, 'package')}</p>
            <Evidence items={committedEvidence.filter((e) => e.category === category)} more={count} />
          </article>
        ))}
        <article className="card card-apart" aria-labelledby="card-uncommitted">
          <h3 id="card-uncommitted">Requested or pledged</h3>
          <p className="figure" data-testid="uncommitted-count">
            {pluralize(uncommitted.count, 'request')}
          </p>
          <p className="card-note">
            {uncommitted.unquantifiedCount === uncommitted.count
              ? 'amount not disclosed'
              : `${formatUsd(uncommitted.knownUsd)} where known`}
            {' · '}not included in committed aid
          </p>
          <Evidence items={uncommittedEvidence} more={uncommitted.count} />
        </article>
      </div>
    </section>
  );
}

function Evidence({ items, more }: { items: AidEvidence[]; more: number }) {
  if (items.length === 0) return null;
  return (
    <details className="evidence">
      <summary>Sources ({pluralize(items.length, 'package')})</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <p className="evidence-title">
              <strong>{item.title}</strong>: {item.donor} → {item.recipient}, {formatUsd(item.amountUsd)},{' '}
              {item.status}, {formatDate(item.announcedOn)}
            </p>
            <Citations citations={item.citations} />
          </li>
        ))}
      </ul>
      {more > items.length && <p className="card-note">and {more - items.length} smaller packages</p>}
    </details>
  );
}
