'use client';

import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import { fieldErrors, formValues, type FieldErrors } from '@/domain/validation/form-data';

/**
 * Instant feedback with the server's own zod schema: a field is checked once the editor
 * leaves it, everything on submit (which is stopped, with focus on the first problem).
 * The server checks again; its word is final.
 */
export function useValidation(schema: z.ZodType, multiple: string[] = []) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const touched = useRef(new Set<string>());

  const check = useCallback(
    (form: HTMLFormElement, all: boolean) => {
      const result = schema.safeParse(formValues(new FormData(form), multiple));
      const errors = result.success ? {} : fieldErrors(result.error);
      const keys = all ? [...new Set([...Object.keys(errors), ...touched.current])] : [...touched.current];
      setClientErrors(Object.fromEntries(keys.map((k) => [k, errors[k] ?? []])));
      return errors;
    },
    [schema, multiple],
  );

  const onBlur = (e: React.FocusEvent<HTMLFormElement>) => {
    const name = (e.target as unknown as { name?: string }).name;
    if (!name || name === 'citations') return;
    touched.current.add(name);
    check(e.currentTarget, false);
  };

  /** For controls without a blur of their own (pickers, the citation editor). */
  const touch = (form: HTMLFormElement | null, name: string) => {
    if (!form) return;
    touched.current.add(name);
    check(form, false);
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const errors = check(e.currentTarget, true);
    const first = Object.keys(errors)[0];
    if (first) {
      e.preventDefault();
      const control = e.currentTarget.querySelector<HTMLElement>(
        `#field-${first}, [name="${first}"]:not([type=hidden])`,
      );
      control?.focus();
    } else {
      // The server now answers for every field: its word (e.g. an address name already
      // taken) must not be hidden by the "no error" of a check made before it.
      touched.current.clear();
      setClientErrors({});
    }
  };

  /** Server errors, overridden field by field by fresher client checks. */
  const merge = (server: FieldErrors | undefined): FieldErrors => ({ ...server, ...clientErrors });

  return { onBlur, onSubmit, touch, merge };
}
