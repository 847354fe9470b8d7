import Link from '@/app/ui/link';
import type { AidEvidence, AidTotals } from '@/db/queries/aid/aid';
import type { AidCategory } from '@/domain/vocabulary';
import { AID_PARAMS } from '@/app/lib/params/aid';
import {
  formatCount,
  formatDate,
  formatUsd,
  formatUsdExact,
  formatVocabulary,
  pluralize,
} from '@/app/lib/format';
import { listHref } from '@/app/lib/params/overview';
import { Citations } from '@/app/ui/citation';
import styles from './dashboard.module.css';

interface Props {
  totals: AidTotals;
  committedEvidence: AidEvidence[];
  uncommittedEvidence: AidEvidence[];
  /** The overview's filter values, carried into each card's link. */
  params: Record<string, string | undefined>;
  /** When the overview is narrowed to one category, only its card is shown. */
  category?: AidCategory;
}

export function HeadlineCards({ totals, committedEvidence, uncommittedEvidence, params, category }: Props) {
  const { uncommitted } = totals;
  const aidList = (own: Record<string, string>) => listHref('/aid', own, params, AID_PARAMS);
  return (
    <section aria-labelledby="headline-heading" className="section">
      <h2 id="headline-heading">Aid at a glance</h2>
      <div className="cards">
        <article className="card card-total" aria-labelledby="card-committed">
          <h3 id="card-committed">Committed aid</h3>
          <p className="figure" title={formatUsdExact(totals.committedUsd)} data-testid="committed-total">
            <Link className={styles.figureLink} href={aidList({ status: 'committed' })}>
              {formatUsd(totals.committedUsd)}
            </Link>
          </p>
          <p className="card-note">
            {pluralize(totals.committedCount, 'package')} approved, authorized or delivered
          </p>
        </article>
        {totals.byCategory
          .filter((c) => !category || c.category === category)
          .map(({ category: c, usd, count }) => (
            <article key={c} className="card" aria-labelledby={`card-${c}`}>
              <h3 id={`card-${c}`}>{formatVocabulary(c)}</h3>
              <p className="figure" title={formatUsdExact(usd)} data-testid={`committed-${c}`}>
                <Link className={styles.figureLink} href={aidList({ status: 'committed', category: c })}>
                  {count === 0 ? 'None' : formatUsd(usd)}
                </Link>
              </p>
              <p className="card-note">
                {count === 0 ? 'no committed package' : pluralize(count, 'package')}
              </p>
              <Evidence items={committedEvidence.filter((e) => e.category === c)} more={count} />
            </article>
          ))}
        <article className="card card-apart" aria-labelledby="card-uncommitted">
          <h3 id="card-uncommitted">Requested or pledged</h3>
          <p className="figure" data-testid="uncommitted-count">
            <Link className={styles.figureLink} href={aidList({ status: 'uncommitted' })}>
              {pluralize(uncommitted.count, 'request')}
            </Link>
          </p>
          <p className="card-note">
            {uncommittedNote(uncommitted)}
            {' · '}not included in committed aid
          </p>
          <Evidence items={uncommittedEvidence} more={uncommitted.count} />
        </article>
      </div>
    </section>
  );
}

function uncommittedNote({ count, unquantifiedCount, knownUsd }: AidTotals['uncommitted']): string {
  if (count === 0) return 'none recorded';
  if (unquantifiedCount === count) return 'amount not disclosed';
  const known = `${formatUsd(knownUsd)} where known`;
  return unquantifiedCount > 0 ? `${known}, ${formatCount(unquantifiedCount)} not disclosed` : known;
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
              <strong>
                <Link href={`/aid/${item.id}`}>{item.title}</Link>
              </strong>
              {`: ${item.donor} → ${item.recipient}, ${formatUsd(item.amountUsd)}, ${item.status}, ${formatDate(item.announcedOn)}`}
            </p>
            <Citations citations={item.citations} />
          </li>
        ))}
      </ul>
      {more > items.length && (
        <p className="card-note">and {pluralize(more - items.length, 'smaller package')}</p>
      )}
    </details>
  );
}
