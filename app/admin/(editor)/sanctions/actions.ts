'use server';

import { redirect } from 'next/navigation';
import { createSanction, restoreSanction, retireSanction, updateSanction } from '@/db/mutations/sanctions';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { sanctionForm } from '@/domain/validation/sanction';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { entryRef } from '@/domain/validation/entry-ref';

// A sanction's citations may add a source, and source pages list what cites them.
const TAGS = [CACHE_TAGS.sanctions, CACHE_TAGS.sources];

export async function saveSanction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  let savedId = ref.data?.id;
  const refused = await withEditor(values, (editor) => {
    const parsed = sanctionForm.safeParse(values);
    if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
    if (!ref.success) return { values, message: 'This form is out of date; reload the page.' };
    if (ref.data.id !== undefined) updateSanction(ref.data.id, ref.data.version, parsed.data, editor.id);
    else savedId = createSanction(parsed.data, editor.id).id;
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/sanctions/${savedId}?saved=1`);
}

export async function setSanctionRetired(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  const retire = values.retire === '1';
  const refused = await withEditor(values, (editor) => {
    if (!ref.success || ref.data.id === undefined)
      return { message: 'This form is out of date; reload the page.' };
    (retire ? retireSanction : restoreSanction)(ref.data.id, ref.data.version, editor.id);
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/sanctions/${ref.data?.id}?saved=${retire ? 'retired' : 'restored'}`);
}
