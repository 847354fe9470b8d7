'use server';

import { createSource, restoreSource, retireSource, updateSource } from '@/db/mutations/sources';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { entryActions } from '@/app/lib/entry-actions';
import { sourceFields } from '@/domain/validation/source';
import type { FormState } from '@/domain/validation/form-data';

const actions = entryActions({
  path: 'sources',
  schema: sourceFields,
  create: createSource,
  update: updateSource,
  retire: retireSource,
  restore: restoreSource,
  // Every aid package, sanction and event shows its sources' titles and links.
  tags: [CACHE_TAGS.sources, CACHE_TAGS.aid, CACHE_TAGS.sanctions, CACHE_TAGS.events],
});

export async function saveSource(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.save(previous, formData);
}

export async function setSourceRetired(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.setRetired(previous, formData);
}
