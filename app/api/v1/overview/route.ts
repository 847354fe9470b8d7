import { createHash } from 'node:crypto';
import { connection } from 'next/server';
import { getDataVersion } from '@/db/index';
import { getLastChangeAt } from '@/db/queries/changes/last-change';
import { findPartiesBySlugs } from '@/db/queries/parties/party-lookup';
import type { OverviewFilter } from '@/db/queries/overview/overview-filter';
import { OVERVIEW_TABLE_IDS, OVERVIEW_TABLES, tableColumns } from '@/domain/api/overview';
import { csvTable } from '@/app/lib/api/csv';
import {
  httpDate,
  invalidParameters,
  notAcceptable,
  notModified,
  parseQuery,
  preferredType,
  preflight,
} from '@/app/lib/api/http';
import { readOverview } from '@/app/lib/api/overview-body';
import { OverviewApiQuery } from '@/app/lib/api/overview-query';
import { API_CORS_HEADERS, asOfBusy, problemResponse } from '@/app/lib/api/problem';

// The overview's headline figures and every chart's table, with the overview page's
// filters: JSON, or one table as CSV (`?table=<id>&format=csv`, or `Accept: text/csv`).

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv';
const TYPES = [JSON_TYPE, CSV_TYPE] as const;
const BY_FORMAT = { json: JSON_TYPE, csv: CSV_TYPE } as const;

async function answer(request: Request, withBody: boolean): Promise<Response> {
  await connection();
  const parsed = parseQuery(new URL(request.url), OverviewApiQuery);
  if (!parsed.ok) return problemResponse(parsed.problem);
  const { table, format, asof = null, ...filters } = parsed.value;
  // An explicit format wins over Accept (a download link sends a browser's Accept), but
  // the client must still take it.
  const type = format ? BY_FORMAT[format] : preferredType(request, TYPES);
  if (type === null || preferredType(request, [type]) === null) return problemResponse(notAcceptable(TYPES));
  if (type === CSV_TYPE && !table)
    return problemResponse(
      invalidParameters({
        table: [`a CSV holds one table: name it (one of ${OVERVIEW_TABLE_IDS.join(', ')})`],
      }),
    );
  const filter: OverviewFilter = {
    ...(filters.category && { category: filters.category }),
    ...(filters.measure && { measure: filters.measure }),
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
    ...(asof && { asof }),
  };
  if (filters.party) {
    const party = findPartiesBySlugs([filters.party]).get(filters.party);
    if (!party) return problemResponse(invalidParameters({ party: ['no such party'] }));
    filter.partyId = party.id;
  }

  const query = {
    party: filters.party ?? null,
    category: filters.category ?? null,
    measure: filters.measure ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    asof,
  };
  const { databaseId, revision } = getDataVersion();
  const variant = createHash('sha256')
    .update(JSON.stringify({ query, table, type }))
    .digest('base64url')
    .slice(0, 16);
  const lastChange = getLastChangeAt();
  const headers: Record<string, string> = {
    ...API_CORS_HEADERS,
    ETag: `"overview-${databaseId}-${revision}-${variant}"`,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept',
  };
  if (lastChange) headers['Last-Modified'] = httpDate(lastChange);
  if (notModified(request, headers.ETag!, headers['Last-Modified'])) {
    return new Response(null, { status: 304, headers });
  }

  let overview: Awaited<ReturnType<typeof readOverview>>;
  try {
    overview = await readOverview(filter);
  } catch (error) {
    const busy = asOfBusy(error);
    if (busy) return busy;
    throw error;
  }
  let body: string;
  if (type === CSV_TYPE && table) {
    body = csvTable(tableColumns(table), overview.tables[table]);
    headers['Content-Type'] = 'text/csv; charset=utf-8; header=present';
    headers['Content-Disposition'] = `attachment; filename="overview-${table}.csv"`;
  } else {
    body = JSON.stringify(
      table
        ? { query, table, title: OVERVIEW_TABLES[table].title, rows: overview.tables[table] }
        : { query, ...overview },
    );
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  return new Response(withBody ? body : null, { headers });
}

export function GET(request: Request): Promise<Response> {
  return answer(request, true);
}

export function HEAD(request: Request): Promise<Response> {
  return answer(request, false);
}

export const OPTIONS = preflight;
