import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { HistoryTable } from '@/app/ui/admin/history-table';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';

export const metadata: Metadata = { title: 'Admin' };

const ADD = [
  ['/admin/aid/new', 'Add an aid package'],
  ['/admin/sanctions/new', 'Add a sanction'],
  ['/admin/events/new', 'Add an event'],
  ['/admin/parties/new', 'Add a party'],
  ['/admin/sources/new', 'Add a source'],
] as const;

export default function AdminHome() {
  return (
    <>
      <h1>Admin</h1>
      <section className="section" aria-labelledby="add-heading">
        <h2 id="add-heading">Add</h2>
        <ul className="link-grid">
          {ADD.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </section>
      <Suspense fallback={<DetailSkeleton />}>
        <RecentChanges />
      </Suspense>
    </>
  );
}

async function RecentChanges() {
  await requireEditor();
  const { rows } = listHistory({}, { page: 1, pageSize: 10 });
  return (
    <section className="section" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent changes</h2>
      {rows.length === 0 ? <p>No changes yet.</p> : <HistoryTable entries={rows} />}
      <p>
        <Link href="/admin/history">All changes</Link>
      </p>
    </section>
  );
}
