import { z } from 'zod';
import type { AuditedEntity } from './vocabulary';
import { openCursor, sealCursor } from './cursor';
import { strictQuery } from './api/query';

// The public change feed's vocabulary and its query parameters, shared by the page, the
// Atom feed and the JSON API (whose OpenAPI document is generated from these schemas).

/** The feed's kinds of entry, as the URL names them (the public lists' paths). */
export const CHANGE_KINDS = ['aid', 'sanctions', 'events', 'parties', 'sources'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const ENTITY_OF_KIND: Record<ChangeKind, AuditedEntity> = {
  aid: 'aid_package',
  sanctions: 'sanction',
  events: 'event',
  parties: 'party',
  sources: 'source',
};

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  aid: 'Aid packages',
  sanctions: 'Sanctions',
  events: 'Events',
  parties: 'Parties',
  sources: 'Sources',
};

/** What happened to an entry, in words. */
export const CHANGE_ACTIONS = ['added', 'edited', 'retired', 'restored', 'lifted'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export const CHANGES_DEFAULT_LIMIT = 50;
export const CHANGES_MAX_LIMIT = 200;

/** A position in the feed: the last change shown (its time and audit id). */
export interface ChangeCursor {
  at: string;
  id: number;
}

const AUDIT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function encodeChangeCursor({ at, id }: ChangeCursor): string {
  return sealCursor([at, String(id)]);
}

/** The position a cursor names, or null when it is not one this feed wrote. */
export function decodeChangeCursor(cursor: string): ChangeCursor | null {
  const [at, id] = openCursor(cursor, 2) ?? [];
  if (at === undefined || id === undefined || !AUDIT_TIME.test(at) || !/^[1-9]\d{0,15}$/.test(id))
    return null;
  const n = Number(id);
  return Number.isSafeInteger(n) ? { at, id: n } : null;
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date in the form 2022-03-01')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'no such date');

const FEED_PARAMS = {
  kind: z
    .enum(CHANGE_KINDS, { error: `use one of ${CHANGE_KINDS.join(', ')}` })
    .optional()
    .describe('Changes to entries of this kind only.'),
  party: z
    .string()
    .max(80, 'too long')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a party name in the form united-states')
    .optional()
    .describe("A party's slug (united-states): changes to it and to the entries it is now a side of."),
  since: day.optional().describe('Changes on or after this day (UTC).'),
  until: day.optional().describe('Changes on or before this day (UTC).'),
  cursor: z
    .string()
    .max(200, 'not a cursor this feed gave')
    .transform((value, ctx) => {
      const cursor = decodeChangeCursor(value);
      if (cursor) return cursor;
      ctx.addIssue({ code: 'custom', message: 'not a cursor this feed gave (use its "next" as is)' });
      return z.NEVER;
    })
    .optional()
    .describe('Where the previous answer stopped: its `next`, as is.'),
};

const IN_ORDER = {
  message: 'since is after until',
  path: ['since'],
};
const inOrder = (q: { since?: string; until?: string }) => !q.since || !q.until || q.since <= q.until;

/** The feed's query parameters (page and Atom): unknown ones are refused, so a typo is not silently ignored. */
export const ChangeFeedQuery = strictQuery(FEED_PARAMS).refine(inOrder, IN_ORDER);
export type ChangeFeedQuery = z.output<typeof ChangeFeedQuery>;

/** The JSON API's parameters: the feed's, and how many changes per answer. */
export const ChangeApiQuery = strictQuery({
  ...FEED_PARAMS,
  limit: z.coerce
    .number({ error: 'not a number' })
    .int('not a whole number')
    .min(1, 'at least 1')
    .max(CHANGES_MAX_LIMIT, `at most ${CHANGES_MAX_LIMIT}`)
    .default(CHANGES_DEFAULT_LIMIT)
    .describe('How many changes an answer holds.'),
}).refine(inOrder, IN_ORDER);
export type ChangeApiQuery = z.output<typeof ChangeApiQuery>;
