import 'server-only';
import { redirect } from 'next/navigation';
import type { Editor } from '@/db/queries/admin/auth';
import { currentEditor } from './session';

/** For admin pages: the signed-in editor, or a redirect to sign-in. */
export async function requireEditor(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect('/admin/login');
  return editor;
}

export const SIGNED_OUT_MESSAGE = 'Your session has ended. Sign in again; nothing was saved.';
