import { z } from 'zod';

export const loginForm = z.object({
  email: z.string({ error: 'Enter the email address you sign in with.' }).trim().toLowerCase().pipe(z.email('Enter the email address you sign in with.').max(254)),
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(256, 'That password is too long.'),
  /** Where to go after signing in: only pages of the admin itself. */
  next: z
    .string()
    .optional()
    .transform((s) => (s && /^\/admin(\/[A-Za-z0-9/_?=&.-]*)?$/.test(s) && !s.startsWith('/admin/login') ? s : '/admin')),
});
