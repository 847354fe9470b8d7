import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { signOut } from '@/app/admin/login/actions';
import { requireEditor } from '@/app/lib/auth/editor';

const SECTIONS = [
  ['/admin', 'Dashboard'],
  ['/admin/aid', 'Aid'],
  ['/admin/sanctions', 'Sanctions'],
  ['/admin/events', 'Events'],
  ['/admin/parties', 'Parties'],
  ['/admin/sources', 'Sources'],
  ['/admin/import', 'Import'],
  ['/admin/history', 'History'],
] as const;

export default function EditorLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="admin">
      <nav aria-label="Admin" className="admin-nav">
        {SECTIONS.map(([href, label]) => (
          <Link key={href} href={href}>
            {label}
          </Link>
        ))}
        <Suspense fallback={<span className="admin-user" />}>
          <SignedInAs />
        </Suspense>
      </nav>
      {children}
    </div>
  );
}

async function SignedInAs() {
  const editor = await requireEditor();
  return (
    <form action={signOut} className="admin-user">
      <span>Signed in as {editor.name}</span>
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
