'use server';

import { redirect } from 'next/navigation';
import { createSource, restoreSource, retireSource, updateSource } from '@/db/mutations/sources';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { sourceFields } from '@/domain/validation/source';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { entryRef } from '@/domain/validation/entry-ref';

// Every aid package, sanction and event shows its sources' titles and links.
const TAGS = [CACHE_TAGS.sources, CACHE_TAGS.aid, CACHE_TAGS.sanctions, CACHE_TAGS.events];

export async function saveSource(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  let savedId = ref.data?.id;
  const refused = await withEditor(values, (editor) => {
    const parsed = sourceFields.safeParse(values);
    if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
    if (!ref.success) return { values, message: 'This form is out of date; reload the page.' };
    if (ref.data.id !== undefined) updateSource(ref.data.id, ref.data.version, parsed.data, editor.id);
    else savedId = createSource(parsed.data, editor.id).id;
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/sources/${savedId}?saved=1`);
}

export async function setSourceRetired(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  const retire = values.retire === '1';
  const refused = await withEditor(values, (editor) => {
    if (!ref.success || ref.data.id === undefined)
      return { message: 'This form is out of date; reload the page.' };
    (retire ? retireSource : restoreSource)(ref.data.id, ref.data.version, editor.id);
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/sources/${ref.data?.id}?saved=${retire ? 'retired' : 'restored'}`);
}
