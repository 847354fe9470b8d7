import { z } from 'zod';

// Filters live in the URL. Each page declares the parameters it understands; values that
// do not parse are dropped with a notice the page shows, never an error.

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParamSpec<T extends z.ZodType = z.ZodType> {
  label: string;
  schema: T;
  /** What the parameter does, for the API's documentation (app/lib/api/routes.ts). */
  description?: string;
}
export type ParamSpecs = Record<string, ParamSpec>;
export type ParsedParams<S extends ParamSpecs> = { [K in keyof S]?: z.output<S[K]['schema']> };

export interface ParseResult<S extends ParamSpecs> {
  values: ParsedParams<S>;
  notices: string[];
}

const MAX_SHOWN = 40;
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

export function parseSearchParams<S extends ParamSpecs>(params: SearchParams, specs: S): ParseResult<S> {
  const values: Record<string, unknown> = {};
  const notices: string[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    const raw = params[key];
    if (raw === undefined) continue;
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length > 1) notices.push(`Only one ${spec.label} at a time: using the first.`);
    const first = list[0]?.trim() ?? '';
    if (first === '') continue;
    const parsed = spec.schema.safeParse(first);
    if (parsed.success) values[key] = parsed.data;
    else
      notices.push(
        `Ignored ${spec.label} “${shown(first)}”: ${parsed.error.issues[0]?.message ?? 'not understood'}.`,
      );
  }
  return { values: values as ParsedParams<S>, notices };
}

export const slugParam = z
  .string()
  .max(80, 'too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a party name in the form united-states');

export const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date in the form 2022-03-01')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'no such date');

export const textParam = z.string().max(200, 'longer than 200 characters');

export const pageParam = z.coerce
  .number({ error: 'not a page number' })
  .int('not a page number')
  .min(1, 'pages start at 1')
  .max(1_000_000, 'no such page');

export const dirParam = z.enum(['asc', 'desc'], { error: 'use asc or desc' });

export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `use one of ${values.join(', ')}` });
}

/** Drops an inverted date range with a notice. */
export function checkDateRange<T extends { from?: string; to?: string }>(values: T, notices: string[]): T {
  if (values.from && values.to && values.from > values.to) {
    notices.push(`Ignored the date range: ${values.from} is after ${values.to}.`);
    return { ...values, from: undefined, to: undefined };
  }
  return values;
}

/** The query string for `values` with `changes` applied; undefined removes a key. */
export function withParams(
  values: Record<string, string | number | undefined>,
  changes: Record<string, string | number | undefined> = {},
): string {
  const merged = { ...values, ...changes };
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}
