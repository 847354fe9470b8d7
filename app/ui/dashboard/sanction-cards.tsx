import Link from '@/app/ui/link';
import type { SanctionTotals } from '@/db/queries/sanctions/sanctions';
import { PARTY_PARAMS } from '@/app/lib/params/parties';
import { SANCTION_PARAMS } from '@/app/lib/params/sanctions';
import { formatCount } from '@/app/lib/format';
import { listHref } from '@/app/lib/params/overview';
import styles from './dashboard.module.css';

interface Props {
  totals: SanctionTotals;
  params: Record<string, string | undefined>;
}

/** Counts of sanctions and of the parties on either side, each linking to its list. */
export function SanctionCards({ totals, params }: Props) {
  const cards = [
    {
      id: 'in-force',
      title: 'Sanctions in force',
      value: totals.inForce,
      note: 'status imposed',
      href: listHref('/sanctions', { status: 'imposed' }, params, SANCTION_PARAMS),
    },
    {
      id: 'imposers',
      title: 'Sanctioning parties',
      value: totals.imposers,
      note: 'imposing sanctions in force',
      href: listHref('/parties', { role: 'imposer' }, params, PARTY_PARAMS),
    },
    {
      id: 'targets',
      title: 'Targets',
      value: totals.targets,
      note: 'parties under sanctions in force',
      href: listHref('/parties', { role: 'target' }, params, PARTY_PARAMS),
    },
    {
      id: 'threatened',
      title: 'Threatened measures',
      value: totals.threatened,
      note: 'announced as threats, not in force',
      href: listHref('/sanctions', { status: 'threatened' }, params, SANCTION_PARAMS),
    },
  ];
  return (
    <section aria-labelledby="sanction-cards-heading" className="section">
      <h2 id="sanction-cards-heading">Sanctions at a glance</h2>
      <div className={`cards ${styles.countCards}`}>
        {cards.map((card) => (
          <article
            key={card.id}
            className={`card ${styles.countCard} ${card.id === 'threatened' ? 'card-apart' : ''}`}
            aria-labelledby={`card-${card.id}`}
          >
            <h3 id={`card-${card.id}`}>{card.title}</h3>
            <p className="figure" data-testid={`sanctions-${card.id}`}>
              <Link className={styles.figureLink} href={card.href}>
                {formatCount(card.value)}
              </Link>
            </p>
            <p className="card-note">{card.note}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
