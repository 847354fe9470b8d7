import type { z } from 'zod';

// How a route of the read API describes itself: the OpenAPI document (openapi.ts), the
// page at /api and the test that calls every route as documented all read these.

/** One way a route answers 200. */
export interface ApiMedia {
  /** The media type, as in Content-Type without parameters. */
  type: string;
  /** The body; for JSON lines, each line; for CSV, the text. */
  schema: z.ZodType;
  /** JSON lines: `schema` describes each line. */
  lines?: boolean;
  description: string;
  /** Headers of a 200 in this type beyond the route's (a download's file name). */
  headers?: ApiHeader[];
}

/** A request a reader can copy, and (abridged) what it answers. */
export interface ApiExample {
  /** A key for the example: letters, digits, dashes. */
  name: string;
  summary: string;
  /** The query string without its `?` ('' for none). */
  query: string;
  /** The media type it answers in: one of the route's. */
  type: string;
  /** The Accept header to send, when the type is asked for that way. */
  accept?: string;
  /** What it answers, abridged: a value of the media's schema (text for CSV). */
  response: unknown;
}

export type ApiHeader = 'ETag' | 'Last-Modified' | 'Link' | 'Content-Disposition' | 'Repr-Digest';

export interface ApiRoute {
  path: `/api/v1/${string}`;
  /** A unique operation name (camelCase). */
  operationId: string;
  summary: string;
  /** What it gives, in a few sentences (plain text; `code` in backticks). */
  description: string;
  /** The strict query schema the handler itself parses with. */
  query: z.ZodType;
  media: [ApiMedia, ...ApiMedia[]];
  /** Headers of a 200 beyond the CORS ones every answer has. */
  headers: ApiHeader[];
  /** How to page through it, when it is paged. */
  pagination?: string;
  /** Whether it answers 304 to a revalidation (ETag / Last-Modified). */
  conditional: boolean;
  /** The Accept types it refuses with 406 are all but its media; false when it serves any Accept. */
  negotiates: boolean;
  examples: [ApiExample, ...ApiExample[]];
}
