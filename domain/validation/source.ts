import { z } from 'zod';
import { isoDate, optionalText, requiredText, TEXT_MAX, TITLE_MAX, today } from './fields';

const URL_MAX = 2_000;

const url = z
  .string({ error: 'The link must be a full address starting with https:// or http://.' })
  .trim()
  .max(URL_MAX, `The link must be at most ${URL_MAX} characters.`)
  .optional()
  .nullable()
  .transform((s, ctx) => {
    if (!s) return null;
    let parsed: URL;
    try {
      parsed = new URL(s);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'The link must be a full address starting with https:// or http://.',
      });
      return z.NEVER;
    }
    // Only web links: javascript:, data: and the like would run or hide content when clicked.
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: 'The link must start with https:// or http://.' });
      return z.NEVER;
    }
    return parsed.href;
  });

// Made once: constructing it costs more than the lookups, and an import checks a language per row.
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

const language = z
  .string({ error: 'Language is required.' })
  .trim()
  .min(1, 'Language is required.')
  .max(35, 'Use a language code such as fr, en or uk.')
  .transform((s, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(s);
      if (canonical && LANGUAGE_NAMES.of(canonical) !== canonical) return canonical;
    } catch {
      // falls through to the message below
    }
    ctx.addIssue({
      code: 'custom',
      message: `“${s.slice(0, 20)}” is not a language code such as fr, en or uk.`,
    });
    return z.NEVER;
  });

export const sourceFields = z.object({
  title: requiredText('Title', TITLE_MAX),
  publisher: optionalText('Publisher', TITLE_MAX),
  url,
  publishedOn: z
    .union(
      [
        z.literal(''),
        isoDate('Publication date').refine(
          (d) => d <= today(),
          'The publication date cannot be in the future.',
        ),
      ],
      {
        error: 'Publication date must be a date like 2022-03-10.',
      },
    )
    .nullable()
    .optional()
    .transform((s) => s || null),
  language,
  notes: optionalText('Notes', TEXT_MAX),
});

export type SourceInput = z.output<typeof sourceFields>;
