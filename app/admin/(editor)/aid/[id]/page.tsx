import type { Metadata } from 'next';
import { getAidForEdit } from '@/db/queries/aid/admin-aid';
import { AidForm } from '@/app/ui/admin/aid-form';
import { CURRENCY_CODES } from '@/domain/validation/fields';
import { EditEntryPage, type EditRouteProps } from '../../_shared/edit-entry-page';
import { setAidPackageRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit aid package' };

export default function EditAidPage(props: EditRouteProps) {
  return (
    <EditEntryPage
      {...props}
      list={{ href: '/admin/aid', title: 'Aid packages' }}
      read={getAidForEdit}
      audited="aid_package"
      heading={(entry) => entry.values.title ?? ''}
      publicHref={(entry) => `/aid/${entry.id}`}
      form={(entry) => <AidForm entry={entry} currencies={CURRENCY_CODES} />}
      retireAction={setAidPackageRetired}
      noun="aid package"
      retireNote="Retired entries leave the public dashboard and every total; they can be restored at any time."
    />
  );
}
