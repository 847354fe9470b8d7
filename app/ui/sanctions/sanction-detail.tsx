import Link from '@/app/ui/link';
import type { SanctionDetail } from '@/db/queries/sanctions/sanction-list';
import { formatVocabulary } from '@/app/lib/format';
import { Citations } from '@/app/ui/citation';
import { DateText, PartyLink, StatusBadge } from '@/app/ui/values';
import styles from './sanction-detail.module.css';

/** What each status means for the reader, so a threat never reads as a measure in force. */
const STATUS_NOTE: Record<SanctionDetail['status'], string> = {
  threatened: 'announced as a possibility, not in force',
  proposed: 'not yet adopted, not in force',
  imposed: 'in force',
  suspended: 'adopted, but not applied at present',
  lifted: 'no longer in force',
};

/** Who acted, in words that fit the status: a threat is not an imposition. */
const ACTOR_LABEL: Record<SanctionDetail['status'], string> = {
  threatened: 'Threatened by',
  proposed: 'Proposed by',
  imposed: 'Imposed by',
  suspended: 'Imposed by',
  lifted: 'Imposed by',
};

export function SanctionDetailView({ sanction }: { sanction: SanctionDetail }) {
  const s = sanction;
  return (
    <article aria-labelledby="sanction-title">
      <p className="breadcrumb">
        <Link href="/sanctions">Sanctions</Link> / {formatVocabulary(s.measure)}
      </p>
      <h1 id="sanction-title">{s.title}</h1>
      <p className={styles.parties}>
        <PartyLink party={s.imposer} /> <span aria-hidden="true">→</span>
        <span className="visually-hidden">sanctions</span> <PartyLink party={s.target} />
      </p>
      <section className="section">
        <p
          className={s.status === 'imposed' ? styles.statusNote : `${styles.statusNote} ${styles.notInForce}`}
          data-testid="status-note"
        >
          <StatusBadge status={s.status} /> {STATUS_NOTE[s.status]}.
        </p>
        <dl className="facts">
          <dt>{ACTOR_LABEL[s.status]}</dt>
          <dd>
            <PartyLink party={s.imposer} />
          </dd>
          <dt>Target</dt>
          <dd>
            <PartyLink party={s.target} />
          </dd>
          <dt>Measure</dt>
          <dd>{formatVocabulary(s.measure)}</dd>
          <dt>Announced</dt>
          <dd>
            <DateText iso={s.announcedOn} />
          </dd>
          <dt>In effect from</dt>
          <dd>
            {s.effectiveOn ? <DateText iso={s.effectiveOn} /> : <span className="muted">not in effect</span>}
          </dd>
          {s.liftedOn && (
            <>
              <dt>Lifted</dt>
              <dd>
                <DateText iso={s.liftedOn} />
              </dd>
            </>
          )}
          <dt>Legal basis</dt>
          <dd>{s.legalBasis ?? <span className="muted">not recorded</span>}</dd>
        </dl>
        {s.description && <p>{s.description}</p>}
      </section>
      <section className="section" id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <Citations citations={s.citations} />
      </section>
      <p className="muted">
        Last updated <DateText iso={s.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
