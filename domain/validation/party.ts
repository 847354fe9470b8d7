import { z } from 'zod';
import { PARTY_KINDS } from '@/domain/vocabulary';
import { isCountryCode } from './countries';
import { optionalText, requiredText, TEXT_MAX } from './fields';

const NAME_MAX = 200;

/** `Vladimir Putin` → `vladimir-putin`; `Côte d’Ivoire` → `cote-d-ivoire`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export const partyForm = z
  .object({
    name: requiredText('Name', NAME_MAX),
    slug: z
      .string()
      .trim()
      .max(80, 'The address name must be at most 80 characters.')
      .regex(
        /^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'Use lower-case letters, digits and single hyphens, like united-states.',
      )
      .optional()
      .transform((s) => s ?? ''),
    kind: z.enum(PARTY_KINDS, { error: 'Choose a kind.' }),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .nullable()
      .transform((s, ctx) => {
        if (!s) return null;
        if (!isCountryCode(s)) {
          ctx.addIssue({ code: 'custom', message: `“${s.slice(0, 10)}” is not an ISO 3166 country code.` });
          return z.NEVER;
        }
        return s;
      }),
    parentId: z
      .union([z.literal(''), z.coerce.number().int().positive()], {
        error: 'Choose the parent from the list.',
      })
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    description: optionalText('Description', TEXT_MAX),
  })
  .transform((v, ctx) => {
    const slug = v.slug || slugify(v.name);
    if (!slug) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: 'Give an address name made of letters or digits.',
      });
      return z.NEVER;
    }
    return { ...v, slug };
  });

export type PartyInput = z.output<typeof partyForm>;
