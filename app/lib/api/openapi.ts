import 'server-only';
import { DATA_LICENCE } from '@/domain/licence';
import { z } from 'zod';
import { ProblemSchema } from '@/domain/api/problem';
import type { ApiHeader, ApiRoute } from './descriptor';
import { API_ROUTES } from './routes';

// The OpenAPI 3.1 document of the read API, generated from the route descriptors: the
// parameters from the zod schemas the handlers parse with (as the client sends them),
// the answers from the schemas their bodies are written to.

/** The data's licence, stated in the document and on /api. */
export const DATA_LICENSE = { name: DATA_LICENCE.id, url: DATA_LICENCE.url } as const;

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without its `$schema`. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

export interface QueryParameter {
  name: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/** A route's query parameters, one per property of its (strict object) query schema. */
export function queryParameters(route: ApiRoute): QueryParameter[] {
  const { properties = {}, required = [] } = jsonSchemaOf(route.query, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({
    name,
    required: required.includes(name),
    ...(typeof description === 'string' && { description }),
    schema,
  }));
}

const HEADERS: Record<ApiHeader | 'Access-Control-Allow-Origin' | 'Retry-After', JsonSchema> = {
  ETag: {
    description: 'The version of this answer: send it back in `If-None-Match` to get a 304 while it holds.',
    schema: { type: 'string' },
  },
  'Last-Modified': {
    description:
      'When the data last changed; `If-Modified-Since` is answered 304 when nothing changed after it.',
    schema: { type: 'string' },
  },
  Link: { description: 'The next page: `<url>; rel="next"`.', schema: { type: 'string' } },
  'Content-Disposition': {
    description: 'A download (CSV, JSON lines): the file name to save it under.',
    schema: { type: 'string' },
  },
  'Repr-Digest': {
    description: 'The SHA-256 of the file (RFC 9530): `sha-256=:<base64>:`.',
    schema: { type: 'string' },
  },
  'Access-Control-Allow-Origin': {
    description: 'Any origin may read the API (CORS).',
    schema: { type: 'string', const: '*' },
  },
  'Retry-After': { description: 'Seconds to wait before asking again.', schema: { type: 'integer' } },
};

const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
const problem = (description: string, example: z.input<typeof ProblemSchema>) => ({
  description,
  headers: { 'Access-Control-Allow-Origin': headerRef('Access-Control-Allow-Origin') },
  content: {
    'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example },
  },
});

function operation(route: ApiRoute) {
  const responses: Record<string, unknown> = {
    '200': {
      description: route.media.map((m) => m.description).join(' '),
      headers: Object.fromEntries(
        (
          [
            'Access-Control-Allow-Origin',
            ...route.headers,
            ...route.media.flatMap((m) => m.headers ?? []),
          ] as const
        ).map((h) => [h, headerRef(h)]),
      ),
      content: Object.fromEntries(
        route.media.map((media) => [
          media.type,
          {
            schema: media.lines
              ? {
                  ...jsonSchemaOf(media.schema, 'output'),
                  description: 'Each line of the body is one of these.',
                }
              : jsonSchemaOf(media.schema, 'output'),
            examples: Object.fromEntries(
              route.examples
                .filter((e) => e.type === media.type)
                .map((e) => [
                  e.name,
                  {
                    summary: e.summary,
                    description: `GET ${route.path}${e.query ? `?${e.query}` : ''}`,
                    value: e.response,
                  },
                ]),
            ),
          },
        ]),
      ),
    },
  };
  if (route.conditional) responses['304'] = { $ref: '#/components/responses/NotModified' };
  responses['400'] = { $ref: '#/components/responses/BadRequest' };
  if (route.negotiates) responses['406'] = { $ref: '#/components/responses/NotAcceptable' };
  responses['429'] = { $ref: '#/components/responses/TooManyRequests' };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.pagination ? `${route.description}\n\n${route.pagination}` : route.description,
    parameters: queryParameters(route).map((p) => ({ in: 'query', ...p })),
    responses,
  };
}

const INTRO =
  'Read-only access to the tracker’s public data: GET (and HEAD) only, no key needed. ' +
  'Every answer may be read from any origin (CORS) and carries an ETag: revalidate with `If-None-Match`. ' +
  'Unknown or repeated parameters, bad values and Accept types not served are refused with a problem ' +
  'detail (RFC 9457) naming the parameter. Too many requests from one client are answered 429 with ' +
  '`Retry-After`. The human-readable version of this document is `/api`.';

export function openApiDocument(routes: readonly ApiRoute[] = API_ROUTES) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sanctions & Aid Tracker API',
      version: '1',
      summary: 'Aid, sanctions and the events around them, every figure traced to its source.',
      description: INTRO,
      license: DATA_LICENSE,
    },
    paths: Object.fromEntries(
      routes.map((route) => [
        route.path,
        {
          get: operation(route),
          options: {
            operationId: `${route.operationId}Preflight`,
            summary: 'CORS preflight',
            responses: {
              '204': {
                description: 'GET, HEAD and OPTIONS are allowed from any origin.',
                headers: { 'Access-Control-Allow-Origin': headerRef('Access-Control-Allow-Origin') },
              },
            },
          },
        },
      ]),
    ),
    components: {
      schemas: { Problem: jsonSchemaOf(ProblemSchema, 'output') },
      headers: HEADERS,
      responses: {
        NotModified: {
          description:
            'Not modified: the copy named in `If-None-Match` (or dated `If-Modified-Since`) is current.',
          headers: { ETag: headerRef('ETag') },
        },
        BadRequest: problem('A parameter is unknown, repeated or has a value that is not understood.', {
          type: 'about:blank',
          status: 400,
          title: 'Invalid parameter',
          detail: 'from: no such date.',
          errors: { from: ['no such date'] },
        }),
        NotAcceptable: problem('The Accept header allows none of the types this route serves.', {
          type: 'about:blank',
          status: 406,
          title: 'Not acceptable',
          detail:
            'This resource is served as application/json; ask for it in the Accept header, or send none.',
        }),
        TooManyRequests: {
          ...problem('Too many requests from this client: wait as long as `Retry-After` says.', {
            type: 'about:blank',
            status: 429,
            title: 'Too many requests',
            detail: 'Wait 10 seconds before asking again.',
          }),
          headers: {
            'Access-Control-Allow-Origin': headerRef('Access-Control-Allow-Origin'),
            'Retry-After': headerRef('Retry-After'),
          },
        },
      },
    },
  };
}
