import type { Metadata } from 'next';
import { AidForm } from '@/app/ui/admin/aid-form';
import { CURRENCY_CODES } from '@/domain/validation/fields';
import { NewEntryPage } from '../../_shared/new-entry-page';

const TITLE = 'Add an aid package';
export const metadata: Metadata = { title: TITLE };

export default function NewAidPage() {
  return (
    <NewEntryPage
      list={{ href: '/admin/aid', title: 'Aid packages' }}
      heading={TITLE}
      form={<AidForm entry={null} currencies={CURRENCY_CODES} />}
    />
  );
}
