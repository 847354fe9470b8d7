import type { HistoryEntry } from '@/db/queries/admin/history';
import type { EntryMeta } from '@/db/queries/admin/admin-entries';
import type { FormState } from '@/domain/validation/form-data';
import { EntryStatus } from './entry-status';
import { HistoryTable } from './history-table';
import { RetireForm } from './retire-form';

interface Props {
  title: string;
  entry: EntryMeta;
  saved: string | undefined;
  publicHref: string;
  /** The edit form, keyed by the entry's version so a saved change resets it. */
  form: React.ReactNode;
  retireAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  noun: string;
  /** What retiring means for this kind of entry, and when it is refused. */
  retireNote: string;
  history: HistoryEntry[];
}

/** An entry's admin page below its breadcrumb: status, edit form, retire/restore, its own history. */
export function EntryAdmin({
  title,
  entry,
  saved,
  publicHref,
  form,
  retireAction,
  noun,
  retireNote,
  history,
}: Props) {
  return (
    <>
      <h1>{title}</h1>
      <EntryStatus
        saved={saved}
        retiredAt={entry.retiredAt}
        updatedAt={entry.updatedAt}
        publicHref={publicHref}
      />
      <section className="section" aria-label="Edit">
        {form}
      </section>
      <section className="section" aria-labelledby="retire-heading">
        <h2 id="retire-heading">{entry.retiredAt ? 'Restore' : 'Retire'}</h2>
        <p className="muted">{retireNote}</p>
        <RetireForm
          key={entry.version}
          action={retireAction}
          id={entry.id}
          version={entry.version}
          retired={entry.retiredAt !== null}
          noun={noun}
        />
      </section>
      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {history.length === 0 ? (
          <p>No recorded changes: it comes from the reference data.</p>
        ) : (
          <HistoryTable entries={history} showEntry={false} />
        )}
      </section>
    </>
  );
}

/** The `?saved=` outcome shown after a redirect, when the URL holds one. */
export const savedParam = (value: string | string[] | undefined) =>
  typeof value === 'string' ? value : undefined;
