import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { requireEditor } from '@/app/lib/auth/editor';
import { EventForm } from '@/app/ui/admin/event-form';

export const metadata: Metadata = { title: 'Add an event' };

export default function NewEventPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/events">Events</Link> / new
      </p>
      <h1>Add an event</h1>
      <section className="section">
        <Suspense fallback={<div className="skeleton skeleton-form" />}>
          <NewEvent />
        </Suspense>
      </section>
    </>
  );
}

async function NewEvent() {
  await requireEditor();
  return <EventForm entry={null} />;
}
