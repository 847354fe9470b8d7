import { z } from 'zod';

// What every API route's query schema shares: unknown parameters are refused by name,
// so a typo is a 400 rather than a filter silently ignored.

export const UNKNOWN_PARAMETER = {
  error: (issue: { code?: string }) => (issue.code === 'unrecognized_keys' ? 'unknown parameter' : undefined),
};

/** A route's query parameters: exactly these, each at most once (parseQuery). */
export const strictQuery = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, UNKNOWN_PARAMETER);

/** The query of a route that takes no parameters. */
export const NoQuery = strictQuery({});

/** A page's URL parameters (app/lib/params) as optional API parameters, with their descriptions. */
export function optionalParams<
  S extends Record<string, { label: string; schema: z.ZodType; description?: string }>,
>(specs: S): { [K in keyof S]: z.ZodOptional<S[K]['schema']> } {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      spec.schema.optional().describe(spec.description ?? spec.label),
    ]),
  ) as { [K in keyof S]: z.ZodOptional<S[K]['schema']> };
}
