'use client';

import { useActionState } from 'react';
import { signIn } from '@/app/admin/login/actions';
import type { FormState } from '@/domain/validation/form-data';
import { Field, FormMessage } from '@/app/ui/forms/field';

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signIn, {});
  return (
    <form action={action} className="admin-form narrow" noValidate>
      <input type="hidden" name="next" value={next ?? ''} />
      <Field name="email" label="Email" errors={state.errors?.email} required>
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="username"
            defaultValue={String(state.values?.email ?? '')}
          />
        )}
      </Field>
      <Field name="password" label="Password" errors={state.errors?.password} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" />}
      </Field>
      <FormMessage message={state.message} />
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
