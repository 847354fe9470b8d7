import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { currentEditor } from '@/app/lib/auth/session';
import type { SearchParams } from '@/app/lib/params/search-params';
import { LoginForm } from '@/app/ui/admin/login-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <section className="section narrow-section">
      <h1>Sign in</h1>
      <p className="muted">For editors of the tracker.</p>
      <Suspense fallback={<div className="skeleton skeleton-form" />}>
        <Login searchParams={searchParams} />
      </Suspense>
    </section>
  );
}

async function Login({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await currentEditor()) redirect('/admin');
  const next = (await searchParams).next;
  return <LoginForm next={typeof next === 'string' ? next : undefined} />;
}
