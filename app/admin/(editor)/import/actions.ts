'use server';

import { redirect } from 'next/navigation';
import { applyImport } from '@/db/import/apply';
import { changesSomething } from '@/db/import/preview';
import { ImportRefused } from '@/db/import/read';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { discardUpload, planUpload, saveUpload } from '@/app/lib/import-uploads';
import { currentEditor } from '@/app/lib/auth/session';
import { SIGNED_OUT_MESSAGE } from '@/app/lib/auth/editor';
import { isoDate } from '@/domain/validation/fields';
import type { FormState } from '@/domain/validation/form-data';

const LIST_DATE = isoDate('The list date');

/** Keeps the uploaded list and opens its preview; nothing is written to the data yet. */
export async function uploadImport(_previous: FormState, formData: FormData): Promise<FormState> {
  const asOf = String(formData.get('asOf') ?? '') || new Date().toISOString().slice(0, 10);
  const values = { format: String(formData.get('format') ?? ''), asOf };
  if (!(await currentEditor())) return { values, message: SIGNED_OUT_MESSAGE };
  const date = LIST_DATE.safeParse(asOf);
  if (!date.success) return { values, errors: { asOf: date.error.issues.map((i) => i.message) } };
  const files = formData.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
  let token = '';
  try {
    token = await saveUpload(files, values.format, asOf);
  } catch (error) {
    if (error instanceof ImportRefused) return { values, message: error.message };
    throw error;
  }
  redirect(`/admin/import/preview/${token}`);
}

/** Applies the upload as planned now, in one transaction, and opens the batch's report. */
export async function confirmImport(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get('token') ?? '');
  if (!(await currentEditor())) return { message: SIGNED_OUT_MESSAGE };
  let plan;
  try {
    plan = await planUpload(token);
  } catch (error) {
    if (error instanceof ImportRefused) return { message: error.message };
    throw error;
  }
  if (!changesSomething(plan)) {
    discardUpload(token);
    return { message: 'Nothing to change: the tracker already holds this list as it is.' };
  }
  let editorId = 0;
  const refused = await withEditor({ token }, (editor) => {
    editorId = editor.id;
  });
  if (refused) return refused;
  const { batchId } = await applyImport(plan, editorId);
  discardUpload(token);
  refresh(...Object.values(CACHE_TAGS));
  redirect(`/admin/import/batches/${batchId}`);
}

/** Discards an upload that was previewed and not confirmed. */
export async function cancelImport(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(await currentEditor())) return { message: SIGNED_OUT_MESSAGE };
  try {
    discardUpload(String(formData.get('token') ?? ''));
  } catch (error) {
    // An unknown token has nothing to discard.
    if (!(error instanceof ImportRefused)) throw error;
  }
  redirect('/admin/import');
}
