'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { recordLoginAttempt } from '@/db/mutations/auth';
import { longWriteDone } from '@/db/mutations/transaction';
import { findUserByEmail } from '@/db/queries/admin/auth';
import { hashSlotFree, withHashSlot } from '@/app/lib/auth/hash-slots';
import { dummyPasswordHash, verifyPassword } from '@/app/lib/auth/password';
import { clientAddress, endSession, startSession } from '@/app/lib/auth/session';
import { signInWait } from '@/app/lib/auth/throttle';
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from '@/app/lib/security/same-origin';
import { fieldErrors, formValues, type FormState } from '@/domain/validation/form-data';
import { loginForm } from '@/domain/validation/login';

const INCORRECT = 'Email or password is incorrect.';
const BUSY = 'Sign-in is busy. Try again in a few seconds.';

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  // A sign-in posted from another site must not plant a session (login CSRF).
  if (!isSameOrigin(await headers())) return { message: CROSS_ORIGIN_MESSAGE };
  const parsed = loginForm.safeParse(formValues(formData));
  const email = String(formData.get('email') ?? '').slice(0, 254);
  if (!parsed.success) return { values: { email }, errors: fieldErrors(parsed.error) };

  const address = await clientAddress();
  // Every slot busy: refused at once and recorded nowhere, so it counts against no one.
  if (!hashSlotFree()) return { values: { email }, message: BUSY };
  // A throttled attempt is refused before any hashing: refusals cost no scrypt.
  const wait = signInWait(parsed.data.email, address);
  if (wait > 0)
    return { values: { email }, message: `Too many failed sign-ins. Try again in ${waitText(wait)}.` };

  const user = findUserByEmail(parsed.data.email);
  // An unknown account costs the same time as a wrong password, so timing tells nothing.
  const ok = await withHashSlot(async () => {
    const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? dummyPasswordHash());
    // Waits out an import being written, as startSession does.
    await longWriteDone();
    recordLoginAttempt(parsed.data.email, address, matches && user !== null);
    return matches;
  });
  // The same answer as above (nothing was awaited in between), for the type's sake.
  if (ok === null) return { values: { email }, message: BUSY };
  if (!ok || !user) return { values: { email }, message: INCORRECT };

  await startSession(user.id);
  redirect(parsed.data.next);
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect('/admin/login');
}
