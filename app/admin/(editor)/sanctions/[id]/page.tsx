import type { Metadata } from 'next';
import { getSanctionForEdit } from '@/db/queries/sanctions/admin-sanctions';
import { SanctionForm } from '@/app/ui/admin/sanction-form';
import { EditEntryPage, type EditRouteProps } from '../../_shared/edit-entry-page';
import { setSanctionRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit sanction' };

export default function EditSanctionPage(props: EditRouteProps) {
  return (
    <EditEntryPage
      {...props}
      list={{ href: '/admin/sanctions', title: 'Sanctions' }}
      read={getSanctionForEdit}
      audited="sanction"
      heading={(entry) => entry.values.title ?? ''}
      publicHref={(entry) => `/sanctions/${entry.id}`}
      form={(entry) => <SanctionForm entry={entry} />}
      retireAction={setSanctionRetired}
      noun="sanction"
      retireNote="Retired sanctions leave the public dashboard and every count; they can be restored at any time."
    />
  );
}
