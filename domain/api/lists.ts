import { z } from 'zod';
import { LIST_COLUMNS, type ListKind } from '../list-download';

// The list API's answers, from the download columns (list-download.ts): one field per
// column, with its meaning, typed as the JSON holds it.

const field = (json: (typeof LIST_COLUMNS)[ListKind][number]['json'], about: string) =>
  (json === 'list'
    ? z.array(z.string())
    : json === 'integer'
      ? z.int().nullable()
      : json === 'number'
        ? z.number().nullable()
        : z.string().nullable()
  ).describe(about);

export const listRowSchema = (kind: ListKind) =>
  z.object(Object.fromEntries(LIST_COLUMNS[kind].map((c) => [c.name, field(c.json, c.about)])));

export const listPageSchema = (kind: ListKind) =>
  z.object({
    data: z.array(listRowSchema(kind)),
    total: z.int().min(0).describe('Rows the filters select (a search: counted up to 10,000 or this page).'),
    total_is_lower_bound: z.boolean().describe('A search with more matches than `total`.'),
    limit: z.int().min(1),
    next: z.string().nullable().describe('Cursor of the following rows, or null at the end.'),
  });
