import type { Metadata } from 'next';
import { getPartyForEdit } from '@/db/queries/parties/admin-parties';
import { COUNTRIES } from '@/domain/validation/countries';
import { PartyForm } from '@/app/ui/admin/party-form';
import { EditEntryPage, type EditRouteProps } from '../../_shared/edit-entry-page';
import { setPartyRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit party' };

export default function EditPartyPage(props: EditRouteProps) {
  return (
    <EditEntryPage
      {...props}
      list={{ href: '/admin/parties', title: 'Parties' }}
      read={getPartyForEdit}
      audited="party"
      heading={(entry) => entry.values.name ?? ''}
      publicHref={(entry) => `/parties/${entry.slug}`}
      form={(entry) => <PartyForm entry={entry} countries={COUNTRIES} />}
      retireAction={setPartyRetired}
      noun="party"
      retireNote="A retired party leaves the public site and the pickers. A party still named by live aid packages, sanctions, events or parties under it cannot be retired: change those first."
    />
  );
}
