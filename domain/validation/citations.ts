import { z } from 'zod';
import { QUOTE_MAX, requiredText } from './fields';
import { sourceFields } from './source';

/** A source cited by an entry: an existing source by id, or a new one typed inline. */
export const citationInput = z
  .object({
    sourceId: z
      .number({ error: 'Pick the source again from the list.' })
      .int('Pick the source again from the list.')
      .positive('Pick the source again from the list.')
      .optional(),
    newSource: sourceFields.optional(),
    quote: requiredText('Quote', QUOTE_MAX),
  })
  .refine((c) => (c.sourceId === undefined) !== (c.newSource === undefined), {
    message: 'Pick an existing source or describe a new one.',
    path: ['sourceId'],
  });

export type CitationInput = z.output<typeof citationInput>;

/** The citations of a form, sent as JSON in one hidden field by the citation editor. */
export const citationsField = z
  .string({ error: 'Cite at least one source.' })
  .max(100_000, 'Too many or too long citations.')
  .transform((s, ctx) => {
    try {
      return JSON.parse(s || '[]') as unknown;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'The citations could not be read; reload the page and try again.',
      });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(citationInput, { error: 'The citations could not be read; reload the page and try again.' })
      .min(1, 'Cite at least one source, with the supporting quote.')
      .max(20, 'At most 20 sources per entry.'),
  );
