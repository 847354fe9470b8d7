'use server';

import { redirect } from 'next/navigation';
import { createAidPackage, restoreAidPackage, retireAidPackage, updateAidPackage } from '@/db/mutations/aid';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { aidForm } from '@/domain/validation/aid';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { entryRef } from '@/domain/validation/entry-ref';

export async function saveAidPackage(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  let savedId = ref.data?.id;
  const refused = await withEditor(values, (editor) => {
    const parsed = aidForm.safeParse(values);
    if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
    if (!ref.success) return { values, message: 'This form is out of date; reload the page.' };
    if (ref.data.id !== undefined) updateAidPackage(ref.data.id, ref.data.version, parsed.data, editor.id);
    else savedId = createAidPackage(parsed.data, editor.id).id;
  });
  if (refused) return refused;
  refresh(CACHE_TAGS.aid, CACHE_TAGS.sources);
  redirect(`/admin/aid/${savedId}?saved=1`);
}

export async function setAidPackageRetired(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  const retire = values.retire === '1';
  const refused = await withEditor(values, (editor) => {
    if (!ref.success || ref.data.id === undefined)
      return { message: 'This form is out of date; reload the page.' };
    (retire ? retireAidPackage : restoreAidPackage)(ref.data.id, ref.data.version, editor.id);
  });
  if (refused) return refused;
  refresh(CACHE_TAGS.aid);
  redirect(`/admin/aid/${ref.data?.id}?saved=${retire ? 'retired' : 'restored'}`);
}
