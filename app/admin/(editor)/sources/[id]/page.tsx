import type { Metadata } from 'next';
import { getSourceForEdit } from '@/db/queries/sources/admin-sources';
import { pluralize } from '@/app/lib/format';
import { SourceForm } from '@/app/ui/admin/source-form';
import { EditEntryPage, type EditRouteProps } from '../../_shared/edit-entry-page';
import { setSourceRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit source' };

// Whether it can be retired now: a source still cited by live entries cannot.
const cited = (citedBy: number) =>
  citedBy > 0
    ? `It is cited by ${pluralize(citedBy, 'live entry', 'live entries')}, so it cannot be retired until they cite another source.`
    : 'No live entry cites it.';

export default function EditSourcePage(props: EditRouteProps) {
  return (
    <EditEntryPage
      {...props}
      list={{ href: '/admin/sources', title: 'Sources' }}
      read={getSourceForEdit}
      audited="source"
      heading={(entry) => entry.values.title ?? ''}
      publicHref={(entry) => `/sources/${entry.id}`}
      form={(entry) => <SourceForm entry={entry} />}
      retireAction={setSourceRetired}
      noun="source"
      retireNote={(entry) =>
        `A retired source leaves the public site and the source picker. ${cited(entry.citedBy)}`
      }
    />
  );
}
