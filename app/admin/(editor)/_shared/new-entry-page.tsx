import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { requireEditor } from '@/app/lib/auth/editor';
import type { ListLink } from './list-link';

interface Props {
  list: ListLink;
  /** The page's heading, e.g. "Add an aid package". */
  heading: string;
  /** The empty form, sent only once the editor is known. */
  form: React.ReactNode;
}

/** The page that adds an entry: breadcrumb, heading, and the form for signed-in editors. */
export function NewEntryPage({ list, heading, form }: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href={list.href}>{list.title}</Link> / new
      </p>
      <h1>{heading}</h1>
      <section className="section">
        <Suspense fallback={<div className="skeleton skeleton-form" />}>
          <ForEditors>{form}</ForEditors>
        </Suspense>
      </section>
    </>
  );
}

async function ForEditors({ children }: { children: React.ReactNode }) {
  await requireEditor();
  return children;
}
