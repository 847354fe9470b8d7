import 'server-only';
import { z } from 'zod';
import { listPageSchema, listRowSchema } from '@/domain/api/lists';
import { LIST_KINDS, type ListKind } from '@/domain/list-download';
import type { ApiExample, ApiRoute } from '../descriptor';
import { LIST_KIND_SPECS } from './kinds';
import { LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT, listQuerySchema } from './list-query';
import { LIST_EXAMPLES } from './list-examples';

// The list routes' descriptors for the OpenAPI document and /api (routes.ts lists them).

const PAGE = {
  aid: '/aid',
  sanctions: '/sanctions',
  events: '/events',
  parties: '/parties',
  sources: '/sources',
} satisfies Record<ListKind, string>;

function listRoute(kind: ListKind): ApiRoute {
  const noun = LIST_KIND_SPECS[kind].noun;
  return {
    path: `/api/v1/${kind}`,
    operationId: `list${kind[0]!.toUpperCase()}${kind.slice(1)}`,
    summary: `The ${noun}, with the filters of ${PAGE[kind]}`,
    description:
      `The ${noun} of \`${PAGE[kind]}\`, with its filters and order: one page as JSON, or every row the ` +
      'filters select as a file (`format=csv` or `Accept: text/csv`; `format=ndjson` or `Accept: application/x-ndjson`). ' +
      'The fields are the columns of the tracker CSV, which the import reads back; several values are joined ' +
      'with `;` in CSV and arrays in JSON.',
    query: listQuerySchema(LIST_KIND_SPECS[kind].params),
    media: [
      { type: 'application/json', schema: listPageSchema(kind), description: 'One page of rows.' },
      {
        type: 'text/csv',
        schema: z.string(),
        description:
          'Every row, in the page order: RFC 4180, UTF-8 with a byte-order mark, CRLF; cells a spreadsheet ' +
          "would read as a formula begin with `'`.",
        headers: ['Content-Disposition'],
      },
      {
        type: 'application/x-ndjson',
        schema: listRowSchema(kind),
        lines: true,
        description: 'Every row as JSON lines.',
        headers: ['Content-Disposition'],
      },
    ],
    headers: ['ETag', 'Link'],
    pagination:
      `Up to \`limit\` rows an answer (default ${LIST_DEFAULT_LIMIT}, at most ${LIST_MAX_LIMIT}). ` +
      'When there are more, `next` holds a cursor: ask again with `cursor=<next>` and the same filters ' +
      '(the `Link: <…>; rel="next"` header is that URL). A cursor altered by hand, or given with other filters, ' +
      'is refused. The files (CSV, JSON lines) hold every row and take no cursor.',
    conditional: true,
    negotiates: true,
    examples: LIST_EXAMPLES[kind] as [ApiExample, ...ApiExample[]],
  };
}

export const LIST_ROUTES: ApiRoute[] = LIST_KINDS.map(listRoute);
