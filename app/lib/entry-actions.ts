import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { entryRef } from '@/domain/validation/entry-ref';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { refresh, withEditor } from './admin-action';

const OUT_OF_DATE = 'This form is out of date; reload the page.';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

interface EntryKind<S extends z.ZodType> {
  /** The admin path under which its entries live: `/admin/<path>/<id>`. */
  path: string;
  /** The form's schema, the same one the browser checks with. */
  schema: S;
  /** Fields that carry several values (one hidden input each). */
  multiple?: string[];
  create: (input: z.output<S>, userId: number) => { id: number };
  update: (id: number, version: number, input: z.output<S>, userId: number) => void;
  retire: (id: number, version: number, userId: number) => void;
  restore: (id: number, version: number, userId: number) => void;
  /** The cached reads a change to such an entry makes stale. */
  tags: string[];
}

/**
 * The save and retire/restore actions of one kind of entry. This module is not 'use server':
 * each route's actions.ts is, and exports async functions that call these, so every action
 * still authorises the editor itself (withEditor) before it validates or writes.
 */
export function entryActions<S extends z.ZodType>(kind: EntryKind<S>): { save: Action; setRetired: Action } {
  return {
    async save(_previous, formData) {
      const values = formValues(formData, kind.multiple);
      const ref = entryRef.safeParse(values);
      let savedId = ref.data?.id;
      const refused = await withEditor(values, (editor) => {
        const parsed = kind.schema.safeParse(values);
        if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
        if (!ref.success) return { values, message: OUT_OF_DATE };
        if (ref.data.id !== undefined) kind.update(ref.data.id, ref.data.version, parsed.data, editor.id);
        else savedId = kind.create(parsed.data, editor.id).id;
      });
      if (refused) return refused;
      refresh(...kind.tags);
      redirect(`/admin/${kind.path}/${savedId}?saved=1`);
    },

    async setRetired(_previous, formData) {
      const values = formValues(formData);
      const ref = entryRef.safeParse(values);
      const retire = values.retire === '1';
      const refused = await withEditor(values, (editor) => {
        if (!ref.success || ref.data.id === undefined) return { message: OUT_OF_DATE };
        (retire ? kind.retire : kind.restore)(ref.data.id, ref.data.version, editor.id);
      });
      if (refused) return refused;
      refresh(...kind.tags);
      redirect(`/admin/${kind.path}/${ref.data?.id}?saved=${retire ? 'retired' : 'restored'}`);
    },
  };
}
