'use server';

import { redirect } from 'next/navigation';
import { ImportRefused } from '@/db/import/read';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { readImportProgress, startImport } from '@/app/lib/import-job';
import { discardUpload, saveResolutions, saveUpload } from '@/app/lib/import-uploads';
import { currentEditor } from '@/app/lib/auth/session';
import { SIGNED_OUT_MESSAGE } from '@/app/lib/auth/editor';
import { isoDate } from '@/domain/validation/fields';
import { resolutionsFromForm } from '@/domain/validation/import-resolutions';
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

export type ConfirmState = FormState & { started?: boolean };

/**
 * Starts the import of the upload, as planned when it runs (import-job.ts), and answers at
 * once: the form then follows its progress and, once written, calls finishImport.
 */
export async function confirmImport(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = String(formData.get('token') ?? '');
  let started = false;
  const refused = await withEditor({ token }, (editor) => {
    try {
      const message = startImport(token, editor.id);
      if (message) return { message };
    } catch (error) {
      if (error instanceof ImportRefused) return { message: error.message };
      throw error;
    }
    started = true;
  });
  return refused ?? { started };
}

/** Once the import is written: the upload's folder goes, and the batch's report opens. */
export async function finishImport(token: string): Promise<FormState> {
  if (!(await currentEditor())) return { message: SIGNED_OUT_MESSAGE };
  const progress = readImportProgress(token);
  if (progress?.phase !== 'done')
    return { message: progress?.message ?? 'This import is unknown or already done.' };
  discardUpload(token);
  if (progress.batchId === null) return { message: progress.message ?? undefined };
  refresh(...Object.values(CACHE_TAGS));
  redirect(`/admin/import/batches/${progress.batchId}`);
}

/** Keeps the editor's choices for the parties the preview found ambiguous, and shows it again. */
export async function resolveParties(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get('token') ?? '');
  if (!(await currentEditor())) return { message: SIGNED_OUT_MESSAGE };
  const chosen = resolutionsFromForm(formData);
  if (!chosen.success) return { message: chosen.message };
  try {
    saveResolutions(token, chosen.data);
  } catch (error) {
    if (error instanceof ImportRefused) return { message: error.message };
    throw error;
  }
  redirect(`/admin/import/preview/${token}?chosen=1`);
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
