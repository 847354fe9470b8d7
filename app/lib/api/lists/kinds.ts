import 'server-only';
import { getDb } from '@/db/index';
import { listAid } from '@/db/queries/aid/aid-list';
import { listEvents } from '@/db/queries/events/event-list';
import { listParties, type PartyRow } from '@/db/queries/parties/party-list';
import { listSanctions } from '@/db/queries/sanctions/sanction-list';
import { listSources, type SourceRow } from '@/db/queries/sources/source-list';
import type { Page, PageResult } from '@/db/queries/list/filters';
import type { SortDir } from '@/db/queries/list/sorts';
import { trackerCells } from '@/db/tracker-csv/export';
import { sourceCells } from '@/db/export/source-cells';
import type { Cells, ListKind } from '@/domain/list-download';
import { AID_PARAMS, toAidFilter } from '../../params/aid';
import { EVENT_PARAMS, toEventFilter } from '../../params/events';
import { PARTY_PARAMS, toPartyFilter } from '../../params/parties';
import { SANCTION_PARAMS, toSanctionFilter } from '../../params/sanctions';
import { SOURCE_PARAMS, toSourceFilter } from '../../params/sources';
import type { ResolvedParams } from '../../params/resolve-params';
import type { ParamSpecs } from '../../params/search-params';

// Each public list as the API and the downloads read it: the page's own parameters, filter,
// order and query, so a download holds the rows the page shows, in its order.

export interface ListKindSpec<S extends ParamSpecs = ParamSpecs> {
  /** What the list holds, for titles and file names ("aid packages"). */
  noun: string;
  params: S;
  /** The page's order for these values: the sort asked, else the page's default, and its direction. */
  order(values: ResolvedParams<S>['values']): { sort: string; dir: SortDir };
  /** One page of ids in the list's order, as the page reads it. */
  page(resolved: ResolvedParams<S>, page: Page & { sort: string; dir: SortDir }): PageResult<{ id: number }>;
  /** The download cells of a page's rows, in its order. */
  cells(rows: { id: number }[], origin: string): Cells[];
}

type Order = { sort: string; dir: SortDir };
const sortDir = (sort: string, dir: SortDir | undefined, descending: readonly string[]): Order => ({
  sort,
  dir: dir ?? (descending.includes(sort) ? 'desc' : 'asc'),
});

const tracker = (entity: 'aid' | 'sanctions' | 'events') => (rows: { id: number }[], origin: string) =>
  trackerCells(
    getDb(),
    entity,
    rows.map((r) => r.id),
    { origin },
  );

// The page's figures of each party, beside its tracker columns.
function partyCells(rows: { id: number }[], origin: string): Cells[] {
  const figures = new Map((rows as PartyRow[]).map((r) => [r.id, r]));
  return trackerCells(
    getDb(),
    'parties',
    rows.map((r) => r.id),
    { origin },
  ).map((cells) => {
    const r = figures.get(Number(cells.id))!;
    return {
      ...cells,
      given_usd: r.givenUsd,
      given_count: r.givenCount,
      received_usd: r.receivedUsd,
      received_count: r.receivedCount,
      imposed_count: r.imposedCount,
      targeted_count: r.targetedCount,
    };
  });
}

function sourceRows(rows: { id: number }[], origin: string): Cells[] {
  const cells = sourceCells(
    getDb(),
    rows.map((r) => r.id),
    origin,
  );
  return (rows as SourceRow[]).flatMap((r) => {
    const c = cells.get(r.id);
    return c ? [{ ...c, citing_count: r.citingCount }] : [];
  });
}

const aid: ListKindSpec<typeof AID_PARAMS> = {
  noun: 'aid packages',
  params: AID_PARAMS,
  order: (v) => sortDir(v.sort ?? 'date', v.dir, ['date', 'amount']),
  page: (r, p) => listAid(toAidFilter(r), p as Parameters<typeof listAid>[1]),
  cells: tracker('aid'),
};

const sanctions: ListKindSpec<typeof SANCTION_PARAMS> = {
  noun: 'sanctions',
  params: SANCTION_PARAMS,
  order: (v) => sortDir(v.sort ?? 'date', v.dir, ['date']),
  page: (r, p) => listSanctions(toSanctionFilter(r), p as Parameters<typeof listSanctions>[1]),
  cells: tracker('sanctions'),
};

const events: ListKindSpec<typeof EVENT_PARAMS> = {
  noun: 'events',
  params: EVENT_PARAMS,
  order: (v) => sortDir(v.sort ?? 'date', v.dir, ['date']),
  page: (r, p) => listEvents(toEventFilter(r), p as Parameters<typeof listEvents>[1]),
  cells: tracker('events'),
};

const parties: ListKindSpec<typeof PARTY_PARAMS> = {
  noun: 'parties',
  params: PARTY_PARAMS,
  order: (v) => sortDir(v.sort ?? 'name', v.dir, ['given', 'received', 'imposed', 'targeted']),
  page: (r, p) => listParties(toPartyFilter(r), p as Parameters<typeof listParties>[1]),
  cells: partyCells,
};

const sources: ListKindSpec<typeof SOURCE_PARAMS> = {
  noun: 'sources',
  params: SOURCE_PARAMS,
  order: (v) => sortDir(v.sort ?? 'date', v.dir, ['date', 'citations']),
  page: (r, p) => listSources(toSourceFilter(r), p as Parameters<typeof listSources>[1]),
  cells: sourceRows,
};

export const LIST_KIND_SPECS: Record<ListKind, ListKindSpec> = {
  aid,
  sanctions,
  events,
  parties,
  sources,
} as unknown as Record<ListKind, ListKindSpec>;
