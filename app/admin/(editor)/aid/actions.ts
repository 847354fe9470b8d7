'use server';

import { createAidPackage, restoreAidPackage, retireAidPackage, updateAidPackage } from '@/db/mutations/aid';
import { CACHE_TAGS } from '@/app/lib/cache-tags';
import { entryActions } from '@/app/lib/entry-actions';
import { aidForm } from '@/domain/validation/aid';
import type { FormState } from '@/domain/validation/form-data';

const actions = entryActions({
  path: 'aid',
  schema: aidForm,
  create: createAidPackage,
  update: updateAidPackage,
  retire: retireAidPackage,
  restore: restoreAidPackage,
  // A package's citations may add a source, and source pages list the live entries citing them.
  tags: [CACHE_TAGS.aid, CACHE_TAGS.sources],
});

export async function saveAidPackage(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.save(previous, formData);
}

export async function setAidPackageRetired(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.setRetired(previous, formData);
}
