import { z } from 'zod';
import { CHANGE_ACTIONS, CHANGE_KINDS } from '../changes';
import { IMPORT_FORMATS } from '../vocabulary';

// What GET /api/v1/changes answers, as the OpenAPI document states it and its test checks.

const fieldValue = z.union([z.string(), z.number(), z.null()]);

export const PublicChangeSchema = z.object({
  id: z.number().int().describe("The audit entry's id: stable, so a feed reader can name the change."),
  at: z.string().describe('When the change was saved (ISO 8601, UTC).'),
  action: z.enum(CHANGE_ACTIONS),
  kind: z.enum(CHANGE_KINDS),
  entry_id: z.number().int().describe("The entry's id in its list."),
  title: z.string(),
  permalink: z.string().describe("Path of the entry's public page."),
  fields: z
    .array(z.object({ field: z.string(), before: fieldValue.optional(), after: fieldValue.optional() }))
    .describe('The public fields an edit changed; values for those the feed shows.'),
  import: z
    .object({ batch_id: z.number().int(), format: z.enum(IMPORT_FORMATS) })
    .nullable()
    .describe('The import the change came from, if any.'),
});

export const ChangePageSchema = z.object({
  data: z.array(PublicChangeSchema).describe('Changes, newest first.'),
  next: z.string().nullable().describe('Cursor for the next (older) page; null on the last.'),
});
