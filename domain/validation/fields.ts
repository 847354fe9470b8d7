import { z } from 'zod';
import { MAX_AMOUNT } from '@/domain/vocabulary';

// Field rules shared by every form, on the client (instant feedback) and the server
// (authoritative). Imports only zod and the vocabulary, so it runs in both places.

// zod compiles object parsers with `new Function` when it may; the pages' Content-Security-
// Policy forbids eval, and merely probing for it is reported as a violation.
z.config({ jitless: true });

export const TITLE_MAX = 300;
export const TEXT_MAX = 5_000;
export const QUOTE_MAX = 2_000;

// Control characters other than tab and newlines have no place in typed text, nor do
// halves of a surrogate pair (only a hand-made request can send one): SQLite would store
// U+FFFD in their place, not what was sent.
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`)
    .refine((s) => !CONTROL.test(s), `${label} contains characters that cannot be stored.`);

/** Optional text: empty means none. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`)
    .refine((s) => !CONTROL.test(s), `${label} contains characters that cannot be stored.`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2022-03-10.`)
    .refine(isRealDate, `${label} is not a real date.`)
    .refine((s) => s >= '1900-01-01', `${label} is too far in the past.`);

export const optionalIsoDate = (label: string) =>
  z
    .union([z.literal(''), isoDate(label)])
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

/** Today in UTC, as the database stores dates. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A whole, positive amount typed by a person: "100000000", "100,000,000" or "100 000 000".
 * Empty means unknown (null).
 */
export const optionalAmount = (label: string) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (v === undefined || v === null) return null;
      const text = String(v)
        .trim()
        .replace(/[\s,_\u00A0\u202F]/g, '');
      if (text === '') return null;
      if (!/^\d+$/.test(text)) {
        ctx.addIssue({
          code: 'custom',
          message: /^-/.test(text)
            ? `${label} cannot be negative.`
            : `${label} must be a whole number, like 100000000.`,
        });
        return z.NEVER;
      }
      const n = Number(text);
      if (n === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} must be more than zero; leave it empty if unknown.`,
        });
        return z.NEVER;
      }
      if (!Number.isSafeInteger(n) || n > MAX_AMOUNT) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is over 10 trillion, which no package comes near. Check the digits.`,
        });
        return z.NEVER;
      }
      return n;
    });

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const CURRENCY_CODES = [...CURRENCIES].sort();

export const optionalCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .optional()
  .nullable()
  .transform((s, ctx) => {
    if (!s) return null;
    if (!CURRENCIES.has(s)) {
      ctx.addIssue({
        code: 'custom',
        message: `“${s.slice(0, 10)}” is not an ISO 4217 currency code (e.g. USD, EUR, GBP).`,
      });
      return z.NEVER;
    }
    return s;
  });

/** Positive integer id from a form field (select or hidden input). */
export const entityId = (label: string) =>
  z.coerce
    .number({ error: `Choose ${label}.` })
    .int(`Choose ${label}.`)
    .positive(`Choose ${label}.`);

export const version = z.coerce.number().int().positive();

/** A checkbox: present means yes. */
export const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal(''), z.null()], {
    error: 'Tick the box or leave it empty.',
  })
  .optional()
  .transform((v) => v === 'on' || v === 'true');
