import Link from '@/app/ui/link';
import { AID_CATEGORIES, SANCTION_MEASURES } from '@/domain/vocabulary';
import { formatDate, formatVocabulary } from '@/app/lib/format';
import type { OverviewParams } from '@/app/lib/params/overview';
import { withParams } from '@/app/lib/params/search-params';
import { FilterForm, type FilterField } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import { ViewToolsSkeleton } from '@/app/ui/view-tools/view-tools';
import { AsOfBanner } from '@/app/ui/lists/as-of-banner';
import styles from './dashboard.module.css';

const FIELDS: FilterField[] = [
  { kind: 'party', name: 'party', label: 'Party (either side)' },
  {
    kind: 'select',
    name: 'category',
    label: 'Aid category',
    options: AID_CATEGORIES.map((v) => ({ value: v, label: formatVocabulary(v) })),
  },
  {
    kind: 'select',
    name: 'measure',
    label: 'Sanction measure',
    options: SANCTION_MEASURES.map((v) => ({ value: v, label: formatVocabulary(v) })),
  },
  { kind: 'date', name: 'from', label: 'Announced from' },
  { kind: 'date', name: 'to', label: 'Announced until' },
];

/** The overview's filter form, and the filters in force as chips that each remove one. */
export function OverviewFilters({ resolved, values }: Pick<OverviewParams, 'resolved' | 'values'>) {
  const chips = [
    resolved.parties.party && { key: 'party', label: 'Party', value: resolved.parties.party.name },
    values.category && { key: 'category', label: 'Aid category', value: formatVocabulary(values.category) },
    values.measure && { key: 'measure', label: 'Sanction measure', value: formatVocabulary(values.measure) },
    values.from && { key: 'from', label: 'From', value: formatDate(values.from) },
    values.to && { key: 'to', label: 'Until', value: formatDate(values.to) },
  ].filter((c) => !!c);
  return (
    <>
      <AsOfBanner path="/" params={values} />
      <FilterForm action="/" fields={FIELDS} values={values} keep={{ asof: values.asof }} />
      {chips.length > 0 && (
        <section className={styles.active} aria-label="Active filters">
          <span>Showing only:</span>
          <ul className={styles.chips}>
            {chips.map((c) => (
              <li key={c.key}>
                <span>
                  {c.label}: <strong>{c.value}</strong>
                </span>
                <Link
                  className={styles.remove}
                  href={`/${withParams(values, { [c.key]: undefined })}`}
                  aria-label={`Remove filter ${c.label}: ${c.value}`}
                >
                  ×
                </Link>
              </li>
            ))}
          </ul>
          <Link href={`/${withParams({ asof: values.asof })}`}>Clear all filters</Link>
        </section>
      )}
      <Notices notices={resolved.notices} />
    </>
  );
}

/** The cite control's place and the same form, empty, while the URL's values load: same size, nothing moves. */
export function OverviewFiltersSkeleton() {
  return (
    <>
      <ViewToolsSkeleton />
      <FilterForm action="/" fields={FIELDS} values={{}} keep={{}} />
    </>
  );
}
