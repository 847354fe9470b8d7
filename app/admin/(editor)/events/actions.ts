'use server';

import { createEvent, restoreEvent, retireEvent, updateEvent } from '@/db/mutations/events';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { entryActions } from '@/app/lib/entry-actions';
import { eventForm } from '@/domain/validation/event';
import type { FormState } from '@/domain/validation/form-data';

const actions = entryActions({
  path: 'events',
  schema: eventForm,
  // One hidden input per party chosen.
  multiple: ['partyIds'],
  create: createEvent,
  update: updateEvent,
  retire: retireEvent,
  restore: restoreEvent,
  // An event's citations may add a source, and source pages list what cites them.
  tags: [CACHE_TAGS.events, CACHE_TAGS.sources],
});

export async function saveEvent(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.save(previous, formData);
}

export async function setEventRetired(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.setRetired(previous, formData);
}
