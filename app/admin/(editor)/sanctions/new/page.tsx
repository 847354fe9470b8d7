import type { Metadata } from 'next';
import { SanctionForm } from '@/app/ui/admin/sanction-form';
import { NewEntryPage } from '../../_shared/new-entry-page';

const TITLE = 'Add a sanction';
export const metadata: Metadata = { title: TITLE };

export default function NewSanctionPage() {
  return (
    <NewEntryPage
      list={{ href: '/admin/sanctions', title: 'Sanctions' }}
      heading={TITLE}
      form={<SanctionForm entry={null} />}
    />
  );
}
