import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { openCursor, sealCursor } from '@/domain/cursor';
import type { ListKind } from '@/domain/list-download';
import type { ParamSpecs } from '../../params/search-params';

// The list API's query: the page's own parameters (app/lib/params/*, the same zod schemas),
// less `page`, plus how many rows, where to go on from, and in which format. Unknown
// parameters are refused, so a typo is never silently ignored.

export const LIST_FORMATS = ['json', 'csv', 'ndjson'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
export const LIST_DEFAULT_LIMIT = 100;
export const LIST_MAX_LIMIT = 1000;

/** What each page parameter means, for the OpenAPI document (the pages' labels are shorter). */
const ABOUT: Record<string, string> = {
  party: 'Rows where this party (its address name, e.g. `united-states`) is on either side.',
  donor: 'Aid given by this party (address name).',
  recipient: 'Aid received by this party (address name).',
  imposer: 'Sanctions imposed by this party (address name).',
  target: 'Sanctions against this party (address name).',
  from: 'On or after this day (YYYY-MM-DD).',
  to: 'On or before this day (YYYY-MM-DD).',
  q: 'Words to find (titles and descriptions; names for parties; titles and publishers for sources).',
  sort: 'The column to sort by, as on the page.',
  dir: 'Sort direction; the page default when absent (newest and largest first, names A–Z).',
  asof: 'The list as it stood at the end of this day (YYYY-MM-DD, UTC), not after today nor before the first entry.',
};

const UNKNOWN = {
  error: (issue: { code?: string }) => (issue.code === 'unrecognized_keys' ? 'unknown parameter' : undefined),
};

export function listQuerySchema(specs: ParamSpecs) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (name === 'page') continue;
    shape[name] = spec.schema.optional().describe(ABOUT[name] ?? `The page's ${spec.label} filter.`);
  }
  return z.strictObject(
    {
      ...shape,
      limit: z.coerce
        .number({ error: 'not a number' })
        .int('not a whole number')
        .min(1, 'at least 1')
        .max(LIST_MAX_LIMIT, `at most ${LIST_MAX_LIMIT}`)
        .optional()
        .describe(`Rows per answer (JSON only), ${LIST_DEFAULT_LIMIT} when absent.`),
      cursor: z
        .string()
        .max(200, 'not a cursor this list gave')
        .optional()
        .describe('Where to go on from: the `next` of the previous answer, as is.'),
      format: z
        .enum(LIST_FORMATS, { error: `use one of ${LIST_FORMATS.join(', ')}` })
        .optional()
        .describe(
          'json: one page of rows (default). csv or ndjson: every row the filters select, in the page order, as a file.',
        ),
    },
    UNKNOWN,
  );
}

/** A short digest of the filters and order, so a cursor is only taken with the query that gave it. */
export function queryDigest(kind: ListKind, query: Record<string, unknown>): string {
  const kept = Object.entries(query)
    .filter(([k, v]) => v !== undefined && k !== 'cursor' && k !== 'format' && k !== 'limit')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify([kind, kept]))
    .digest('base64url')
    .slice(0, 12);
}

export interface ListCursor {
  page: number;
  limit: number;
}

export const encodeListCursor = ({ page, limit }: ListCursor, digest: string) =>
  sealCursor([String(page), String(limit), digest]);

/** The position a cursor names, or why it cannot be used with this query. */
export function decodeListCursor(cursor: string, digest: string): ListCursor | string {
  const [page, limit, was] = openCursor(cursor, 3) ?? [];
  if (
    page === undefined ||
    limit === undefined ||
    !/^[1-9]\d{0,8}$/.test(page) ||
    !/^[1-9]\d{0,3}$/.test(limit)
  )
    return 'not a cursor this list gave (use its "next" as is)';
  if (was !== digest) return 'given with other filters or another order than the answer that gave it';
  return { page: Number(page), limit: Number(limit) };
}
