import 'server-only';
import { z } from 'zod';
import { ChangeApiQuery, CHANGES_DEFAULT_LIMIT, CHANGES_MAX_LIMIT } from '@/domain/changes';
import { ChangePageSchema } from '@/domain/api/changes';
import { FtmEntitySchema } from '@/domain/api/ftm';
import { OVERVIEW_TABLE_IDS, OverviewSchema, OverviewTableSchema } from '@/domain/api/overview';
import { NoQuery } from '@/domain/api/query';
import type { ApiRoute } from './descriptor';
import { LIST_ROUTES } from './lists/list-routes';
import { SNAPSHOT_ROUTES } from './snapshot-routes';
import { OverviewApiQuery } from './overview-query';
import { CHANGES_EXAMPLES, FTM_EXAMPLES, OPENAPI_EXAMPLES, OVERVIEW_EXAMPLES } from './route-examples';

// Every route of the read API, in the order the documentation lists them. A route is
// documented (openapi.json, the /api page) and tested as documented (routes.test.ts) by
// adding its descriptor here: list only routes that answer.

const OpenApiDocumentSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({
    title: z.string(),
    version: z.string(),
    license: z.object({ name: z.string(), url: z.string() }),
  }),
  paths: z.record(z.string(), z.looseObject({})),
});

export const API_ROUTES: ApiRoute[] = [
  ...LIST_ROUTES,
  {
    path: '/api/v1/overview',
    operationId: 'getOverview',
    summary: "The overview's figures and every chart's table",
    description:
      'The headline figures and the table behind each chart of the overview (`/`), with the same filters. ' +
      `One table with \`table\` (${OVERVIEW_TABLE_IDS.join(', ')}), as CSV with \`format=csv\` or \`Accept: text/csv\`. ` +
      'Amounts are whole US dollars; committed aid counts approved, authorized and delivered packages.',
    query: OverviewApiQuery,
    media: [
      {
        type: 'application/json',
        schema: z.union([OverviewSchema, OverviewTableSchema]),
        description: 'The whole overview, or with `table` that one table.',
      },
      {
        type: 'text/csv',
        schema: z.string(),
        description:
          'One table (`table` is required): RFC 4180, UTF-8, a header row, CRLF; cells that a spreadsheet would ' +
          'read as a formula are neutralised; lists are joined by `;`.',
        headers: ['Content-Disposition'],
      },
    ],
    headers: ['ETag', 'Last-Modified'],
    conditional: true,
    negotiates: true,
    examples: OVERVIEW_EXAMPLES,
  },
  {
    path: '/api/v1/changes',
    operationId: 'listChanges',
    summary: 'What changed in the data, newest first',
    description:
      'Every addition, edit, retirement, restoration and lifting of an aid package, sanction, event, party or ' +
      'source, from the audit log: public fields only, never who made it. Also as a page (`/changes`) and an ' +
      'Atom feed (`/changes/feed.atom`).',
    query: ChangeApiQuery,
    media: [{ type: 'application/json', schema: ChangePageSchema, description: 'One page of changes.' }],
    headers: ['ETag', 'Last-Modified', 'Link'],
    pagination:
      `Up to \`limit\` changes an answer (default ${CHANGES_DEFAULT_LIMIT}, at most ${CHANGES_MAX_LIMIT}). ` +
      'When there are older ones, `next` holds a cursor: ask again with `cursor=<next>` and the same filters ' +
      '(the `Link: <…>; rel="next"` header is that URL). A cursor altered by hand is refused.',
    conditional: true,
    negotiates: true,
    examples: CHANGES_EXAMPLES,
  },
  {
    path: '/api/v1/ftm',
    operationId: 'getFtmEntities',
    summary: 'Everything as FollowTheMoney entities',
    description:
      'The public parties (Person, Company, PublicBody, Organization, Vessel, Airplane), sanctions (Sanction) and ' +
      'aid (Payment) as FollowTheMoney entities, one JSON object a line, streamed as `entities.ftm.json`. ' +
      '`application/jsonl` and `application/json-lines` are accepted in Accept as the same type.',
    query: NoQuery,
    media: [
      {
        type: 'application/x-ndjson',
        schema: FtmEntitySchema,
        lines: true,
        description: 'JSON lines: each line one entity.',
        headers: ['Content-Disposition'],
      },
    ],
    headers: ['ETag'],
    conditional: true,
    negotiates: true,
    examples: FTM_EXAMPLES,
  },
  {
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API as an OpenAPI 3.1 document',
    description:
      'Generated from the schemas that check each route’s parameters and answers; `/api` shows the same as a page.',
    query: NoQuery,
    media: [
      { type: 'application/json', schema: OpenApiDocumentSchema, description: 'The OpenAPI 3.1 document.' },
    ],
    headers: ['ETag'],
    conditional: true,
    negotiates: true,
    examples: OPENAPI_EXAMPLES,
  },
  ...SNAPSHOT_ROUTES,
];
