'use server';

import { redirect } from 'next/navigation';
import { createEvent, restoreEvent, retireEvent, updateEvent } from '@/db/mutations/events';
import { refresh, withEditor } from '@/app/lib/admin-action';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { eventForm } from '@/domain/validation/event';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { entryRef } from '@/domain/validation/entry-ref';

// An event's citations may add a source, and source pages list what cites them.
const TAGS = [CACHE_TAGS.events, CACHE_TAGS.sources];
/** Fields that carry several values: one hidden input per party chosen. */
const MULTIPLE = ['partyIds'];

export async function saveEvent(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, MULTIPLE);
  const ref = entryRef.safeParse(values);
  let savedId = ref.data?.id;
  const refused = await withEditor(values, (editor) => {
    const parsed = eventForm.safeParse(values);
    if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
    if (!ref.success) return { values, message: 'This form is out of date; reload the page.' };
    if (ref.data.id !== undefined) updateEvent(ref.data.id, ref.data.version, parsed.data, editor.id);
    else savedId = createEvent(parsed.data, editor.id).id;
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/events/${savedId}?saved=1`);
}

export async function setEventRetired(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const ref = entryRef.safeParse(values);
  const retire = values.retire === '1';
  const refused = await withEditor(values, (editor) => {
    if (!ref.success || ref.data.id === undefined)
      return { message: 'This form is out of date; reload the page.' };
    (retire ? retireEvent : restoreEvent)(ref.data.id, ref.data.version, editor.id);
  });
  if (refused) return refused;
  refresh(...TAGS);
  redirect(`/admin/events/${ref.data?.id}?saved=${retire ? 'retired' : 'restored'}`);
}
