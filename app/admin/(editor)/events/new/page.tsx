import type { Metadata } from 'next';
import { EventForm } from '@/app/ui/admin/event-form';
import { NewEntryPage } from '../../_shared/new-entry-page';

const TITLE = 'Add an event';
export const metadata: Metadata = { title: TITLE };

export default function NewEventPage() {
  return (
    <NewEntryPage
      list={{ href: '/admin/events', title: 'Events' }}
      heading={TITLE}
      form={<EventForm entry={null} />}
    />
  );
}
