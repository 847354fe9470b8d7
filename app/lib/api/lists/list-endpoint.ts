import 'server-only';
import { connection } from 'next/server';
import { getDataVersion } from '@/db/index';
import type { SortDir } from '@/db/queries/list/sorts';
import { jsonRow, type ListKind } from '@/domain/list-download';
import { SEARCH_COUNT_CAP } from '@/db/queries/list/text-search';
import { resolveParams } from '../../params/resolve-params';
import { etagOf, invalidParameters, nextLink, notModified, parseQuery, preferredType } from '../http';
import { API_CORS_HEADERS, asOfBusy, problemResponse, type Problem } from '../problem';
import { LIST_KIND_SPECS, type ListKindSpec } from './kinds';
import {
  decodeListCursor,
  encodeListCursor,
  LIST_DEFAULT_LIMIT,
  listQuerySchema,
  queryDigest,
  type ListFormat,
} from './list-query';
import { downloadName, listFile, MEDIA_TYPES } from './list-file';

// GET /api/v1/<list>: one page of rows as JSON, or every row the filters select as a CSV or
// JSON-lines file. Validation and conditional requests come first and read no rows: a
// request refused, or answered 304, costs no list query.

interface ListRequest {
  spec: ListKindSpec;
  resolved: ReturnType<typeof resolveParams>;
  format: ListFormat;
  page: number;
  limit: number;
  digest: string;
  search: URLSearchParams;
}

const ACCEPTED: Record<string, ListFormat> = {
  [MEDIA_TYPES.json]: 'json',
  [MEDIA_TYPES.csv]: 'csv',
  [MEDIA_TYPES.ndjson]: 'ndjson',
  'application/jsonl': 'ndjson',
};

/** The format asked in the query, else the type `Accept` prefers (JSON without one), or null for none served. */
function formatOf(request: Request, asked: ListFormat | undefined): ListFormat | null {
  if (asked) return asked;
  const type = preferredType(request, Object.keys(ACCEPTED));
  return type === null ? null : ACCEPTED[type]!;
}

function readListRequest(kind: ListKind, request: Request): ListRequest | Problem {
  const spec = LIST_KIND_SPECS[kind];
  const url = new URL(request.url);
  const parsed = parseQuery(url, listQuerySchema(spec.params));
  if (!parsed.ok) return parsed.problem;
  const {
    limit,
    cursor,
    format: asked,
    ...filters
  } = parsed.value as Record<string, unknown> & {
    limit?: number;
    cursor?: string;
    format?: ListFormat;
  };
  const format = formatOf(request, asked);
  if (!format)
    return {
      status: 406,
      title: 'Not acceptable',
      detail: `/api/v1/${kind} is served as ${Object.values(MEDIA_TYPES).join(', ')}; ask for one in Accept or with ?format=.`,
    };
  // The values as the page would read them: unknown parties and inverted ranges are refused here.
  const raw: Record<string, string> = {};
  for (const name of Object.keys(filters)) raw[name] = url.searchParams.get(name)!;
  const resolved = resolveParams(raw, spec.params);
  if (resolved.notices.length > 0) {
    const errors: Record<string, string[]> = {};
    for (const name of Object.keys(filters)) {
      if ((resolved.values as Record<string, unknown>)[name] !== undefined) continue;
      const label = spec.params[name]?.label ?? name;
      errors[name] = resolved.notices.filter((n) => n.includes(label));
      if (errors[name].length === 0) errors[name] = ['not usable with the other parameters'];
    }
    return invalidParameters(errors);
  }
  const digest = queryDigest(kind, raw);
  let page = 1;
  let size = limit ?? LIST_DEFAULT_LIMIT;
  if (cursor !== undefined) {
    const position = decodeListCursor(cursor, digest);
    if (typeof position === 'string') return invalidParameters({ cursor: [position] });
    if (limit !== undefined && limit !== position.limit)
      return invalidParameters({ limit: [`the cursor was given for ${position.limit} rows an answer`] });
    ({ page, limit: size } = position);
  }
  return { spec, resolved, format, page, limit: size, digest, search: url.searchParams };
}

async function answer(kind: ListKind, request: Request, withBody: boolean): Promise<Response> {
  await connection();
  const read = readListRequest(kind, request);
  if ('status' in read) return problemResponse(read);
  const { spec, resolved, format, page, limit, digest } = read;
  const { databaseId, revision } = getDataVersion();
  // Every answer is of one revision of the data: a write changes the tag, nothing else does.
  const etag = etagOf([kind, databaseId, revision, digest, format, page, limit].join('|'));
  const headers: Record<string, string> = {
    ...API_CORS_HEADERS,
    ETag: etag,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept',
  };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  const order = spec.order(resolved.values);
  if (format !== 'json') {
    headers['Content-Disposition'] = `attachment; filename="${downloadName(kind, read.search, format)}"`;
    const body = withBody ? listFile(kind, spec, resolved, order, format) : null;
    // As the overview's tables: RFC 4180's header parameter says the first row names the columns.
    const type = `${MEDIA_TYPES[format]}; charset=utf-8${format === 'csv' ? '; header=present' : ''}`;
    return new Response(body, { headers: { ...headers, 'Content-Type': type } });
  }
  let json = answered.get(etag);
  if (!json) {
    try {
      json = jsonPage(kind, read, order, request);
    } catch (error) {
      const busy = asOfBusy(error);
      if (busy) return busy;
      throw error;
    }
    remember(etag, json);
  }
  if (json.link) headers.Link = json.link;
  return new Response(withBody ? json.body : null, {
    headers: { ...headers, 'Content-Type': `${MEDIA_TYPES.json}; charset=utf-8` },
  });
}

interface JsonPage {
  body: string;
  link?: string;
}

function jsonPage(
  kind: ListKind,
  { spec, resolved, page, limit, digest }: ListRequest,
  order: { sort: string; dir: SortDir },
  request: Request,
): JsonPage {
  // A search counts its matches up to 10,000 (the pages' cap) or through this page: pages go on past the cap.
  const result = spec.read(resolved, {
    page,
    pageSize: limit,
    countUpTo: Math.max(SEARCH_COUNT_CAP, page * limit),
    ...order,
  });
  // A page past the end is not clamped here, as the pages do: a script is told there is nothing.
  const rows = result.page === page ? result.rows : [];
  const more = rows.length === limit && (result.capped || page < result.pageCount);
  const next = more ? encodeListCursor({ page: page + 1, limit }, digest) : null;
  const body = JSON.stringify({
    data: rows.map((cells) => jsonRow(kind, cells)),
    total: result.total,
    total_is_lower_bound: result.capped ?? false,
    limit,
    next,
  });
  return { body, link: next ? nextLink(request, next) : undefined };
}

// Pages answered lately, by entity tag: the tag names the data's revision, so an entry is
// the right answer for as long as it is found, and a write makes every one unreachable. A
// script or a proxy asking for the same page again is answered without a read (one as of a
// day, without the rewind's write lock). Bounded by count and by each body's size.
const answered = new Map<string, JsonPage>();
const ANSWERED_MAX = 200;
const ANSWER_MAX_BYTES = 512 * 1024;

function remember(etag: string, page: JsonPage) {
  if (page.body.length > ANSWER_MAX_BYTES) return;
  answered.set(etag, page);
  if (answered.size > ANSWERED_MAX) answered.delete(answered.keys().next().value!);
}

/** The route handlers of one list's API. */
export function listEndpoint(kind: ListKind) {
  return {
    GET: (request: Request) => answer(kind, request, true),
    HEAD: (request: Request) => answer(kind, request, false),
    OPTIONS: () =>
      new Response(null, {
        status: 204,
        headers: { ...API_CORS_HEADERS, 'Access-Control-Max-Age': '86400' },
      }),
  };
}
