import 'server-only';
import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import {
  ConflictError,
  DatabaseBusyError,
  EntryNotFoundError,
  ImportWritingError,
  InvalidInputError,
  LikelyDuplicateError,
} from '@/db/mutations/errors';
import type { Editor } from '@/db/queries/admin/auth';
import { SIGNED_OUT_MESSAGE } from './auth/editor';
import { currentEditor } from './auth/session';
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from './security/same-origin';
import type { FormState } from '@/domain/validation/form-data';

/**
 * The fixed order of every admin server action: authorise (here, not only in the proxy),
 * then the caller validates and writes; expected refusals become messages for the form.
 */
export async function withEditor(
  values: Record<string, unknown>,
  write: (editor: Editor) => FormState | void,
): Promise<FormState | void> {
  const editor = await currentEditor();
  if (!editor) return { values, message: SIGNED_OUT_MESSAGE };
  // proxy.ts refuses these first; checked here too, as it never is the only check.
  if (!isSameOrigin(await headers())) return { values, message: CROSS_ORIGIN_MESSAGE };
  try {
    return write(editor);
  } catch (error) {
    if (error instanceof InvalidInputError)
      return { values, errors: error.fieldErrors, message: error.fieldErrors.form?.join(' ') };
    if (
      error instanceof ConflictError ||
      error instanceof EntryNotFoundError ||
      error instanceof ImportWritingError ||
      error instanceof DatabaseBusyError
    )
      return { values, message: error.message };
    if (error instanceof LikelyDuplicateError)
      return { values, message: error.message, duplicateOf: error.existing };
    throw error;
  }
}

/** After a write: expire the cached reads of the tables it touched, for everyone. */
export function refresh(...tags: string[]): void {
  for (const tag of tags) updateTag(tag);
}
