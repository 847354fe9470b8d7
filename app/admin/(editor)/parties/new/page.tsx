import type { Metadata } from 'next';
import { PartyForm } from '@/app/ui/admin/party-form';
import { COUNTRIES } from '@/domain/validation/countries';
import { NewEntryPage } from '../../_shared/new-entry-page';

const TITLE = 'Add a party';
export const metadata: Metadata = { title: TITLE };

export default function NewPartyPage() {
  return (
    <NewEntryPage
      list={{ href: '/admin/parties', title: 'Parties' }}
      heading={TITLE}
      form={<PartyForm entry={null} countries={COUNTRIES} />}
    />
  );
}
