import { z } from 'zod';

// Between an HTML form and a zod schema: FormData in, field errors out.

/** Form fields as an object; `multiple` names keep every value (checkbox groups, multi-selects). */
export function formValues(formData: FormData, multiple: string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).map((v) => (typeof v === 'string' ? v : ''));
    values[key] = multiple.includes(key) ? all : all[0];
  }
  for (const key of multiple) values[key] ??= [];
  return values;
}

export type FieldErrors = Record<string, string[]>;

export interface FormState {
  /** What the editor typed, returned so a failed submit keeps it. */
  values?: Record<string, unknown>;
  errors?: FieldErrors;
  message?: string;
  /** Set when the server found a likely duplicate and wants a confirmation. */
  duplicateOf?: { id: number; title: string };
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const [key = 'form', index] = issue.path;
    // Citations are one field on screen; say which of them is wrong.
    const message =
      key === 'citations' && typeof index === 'number'
        ? `Source ${index + 1}: ${issue.message}`
        : issue.message;
    // The first problem of a field is the one to fix; the rest often follow from it.
    errors[String(key)] ??= [message];
  }
  return errors;
}
