import type { Metadata } from 'next';
import { getEventForEdit } from '@/db/queries/events/admin-events';
import { EventForm } from '@/app/ui/admin/event-form';
import { EditEntryPage, type EditRouteProps } from '../../_shared/edit-entry-page';
import { setEventRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit event' };

export default function EditEventPage(props: EditRouteProps) {
  return (
    <EditEntryPage
      {...props}
      list={{ href: '/admin/events', title: 'Events' }}
      read={getEventForEdit}
      audited="event"
      heading={(entry) => entry.values.title ?? ''}
      publicHref={(entry) => `/events/${entry.id}`}
      form={(entry) => <EventForm entry={entry} />}
      retireAction={setEventRetired}
      noun="event"
      retireNote="Retired events leave the public timeline; they can be restored at any time."
    />
  );
}
