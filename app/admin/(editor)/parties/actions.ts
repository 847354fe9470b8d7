'use server';

import { createParty, restoreParty, retireParty, updateParty } from '@/db/mutations/parties';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { entryActions } from '@/app/lib/entry-actions';
import { partyForm } from '@/domain/validation/party';
import type { FormState } from '@/domain/validation/form-data';

const actions = entryActions({
  path: 'parties',
  schema: partyForm,
  create: createParty,
  update: updateParty,
  retire: retireParty,
  restore: restoreParty,
  // Party names appear on every page: aid, sanctions, events and sources all show them.
  tags: Object.values(CACHE_TAGS),
});

export async function saveParty(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.save(previous, formData);
}

export async function setPartyRetired(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.setRetired(previous, formData);
}
