import { z } from 'zod';

/** Which entry a form edits (none when creating) and the version the editor opened. */
const OUT_OF_DATE = 'This form is out of date; reload the page.';
const positiveOrEmpty = z
  .union([z.literal(''), z.coerce.number().int().positive()], { error: OUT_OF_DATE })
  .optional();

export const entryRef = z
  .object({ id: positiveOrEmpty, version: positiveOrEmpty })
  .transform((v) => ({ id: v.id || undefined, version: v.version || 1 }));
