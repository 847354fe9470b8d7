'use server';

import { redirect } from 'next/navigation';
import { createParty, restoreParty, retireParty, updateParty } from '@/db/mutations/parties';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { partyForm } from '@/domain/validation/party';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { entryRef } from '@/domain/validation/entry-ref';

// Party names appear on every page: aid, sanctions, events and sources all show them.
const TAGS = Object.values(CACHE_TAGS);

export async function saveParty(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  let savedId = ref.data?.id;
  const refused = await withEditor(values, (editor) => {
    const parsed = partyForm.safeParse(values);
    if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
    if (!ref.success) return { values, message: 'This form is out of date; reload the page.' };
    if (ref.data.id !== undefined) updateParty(ref.data.id, ref.data.version, parsed.data, editor.id);
    else savedId = createParty(parsed.data, editor.id).id;
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/parties/${savedId}?saved=1`);
}

export async function setPartyRetired(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  const retire = values.retire === '1';
  const refused = await withEditor(values, (editor) => {
    if (!ref.success || ref.data.id === undefined)
      return { message: 'This form is out of date; reload the page.' };
    (retire ? retireParty : restoreParty)(ref.data.id, ref.data.version, editor.id);
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/parties/${ref.data?.id}?saved=${retire ? 'retired' : 'restored'}`);
}
