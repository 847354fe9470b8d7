'use server';

import { createSanction, restoreSanction, retireSanction, updateSanction } from '@/db/mutations/sanctions';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { entryActions } from '@/app/lib/entry-actions';
import { sanctionForm } from '@/domain/validation/sanction';
import type { FormState } from '@/domain/validation/form-data';

const actions = entryActions({
  path: 'sanctions',
  schema: sanctionForm,
  create: createSanction,
  update: updateSanction,
  retire: retireSanction,
  restore: restoreSanction,
  // A sanction's citations may add a source, and source pages list what cites them.
  tags: [CACHE_TAGS.sanctions, CACHE_TAGS.sources],
});

export async function saveSanction(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.save(previous, formData);
}

export async function setSanctionRetired(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.setRetired(previous, formData);
}
