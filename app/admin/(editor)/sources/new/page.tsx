import type { Metadata } from 'next';
import { SourceForm } from '@/app/ui/admin/source-form';
import { NewEntryPage } from '../../_shared/new-entry-page';

const TITLE = 'Add a source';
export const metadata: Metadata = { title: TITLE };

export default function NewSourcePage() {
  return (
    <NewEntryPage
      list={{ href: '/admin/sources', title: 'Sources' }}
      heading={TITLE}
      form={<SourceForm entry={null} />}
    />
  );
}
