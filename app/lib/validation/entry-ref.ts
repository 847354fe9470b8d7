import { z } from 'zod';

/** Which entry a form edits (none when creating) and the version the editor opened. */
export const entryRef = z
  .object({
    id: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    version: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
  })
  .transform((v) => ({ id: v.id || undefined, version: v.version || 1 }));
