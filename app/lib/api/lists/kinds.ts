import 'server-only';
import { getDb } from '@/db/index';
import { listAid } from '@/db/queries/aid/aid-list';
import { listEvents } from '@/db/queries/events/event-list';
import { listParties, type PartyRow } from '@/db/queries/parties/party-list';
import { listSanctions } from '@/db/queries/sanctions/sanction-list';
import { listSources, type SourceRow } from '@/db/queries/sources/source-list';
import type { Page, PageResult } from '@/db/queries/list/filters';
import type { SortDir } from '@/db/queries/list/sorts';
import { AID_CELLS, SANCTION_CELLS, trackerCells } from '@/db/tracker-csv/export';
import { sourceCells } from '@/db/export/source-cells';
import { valuesOf, type Cells, type ListKind, type Values } from '@/domain/list-download';
import { AID_PARAMS, aidOrder, toAidFilter } from '../../params/aid';
import { EVENT_PARAMS, eventOrder, toEventFilter } from '../../params/events';
import { PARTY_PARAMS, partyOrder, toPartyFilter } from '../../params/parties';
import { SANCTION_PARAMS, sanctionOrder, toSanctionFilter } from '../../params/sanctions';
import { SOURCE_PARAMS, sourceOrder, toSourceFilter } from '../../params/sources';
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
  /** One page of the list as the page reads it, each row as its download cells. */
  read(resolved: ResolvedParams<S>, page: Page & { sort: string; dir: SortDir }): PageResult<Values>;
}

type AidPage = Parameters<typeof listAid>[1];
type SanctionPage = Parameters<typeof listSanctions>[1];
/** A page of a list read first, its rows' cells after: for the short lists (events, parties, sources). */
function thenCells<Row extends { id: number }>(
  kind: ListKind,
  result: PageResult<Row>,
  cells: (rows: Row[]) => Cells[],
): PageResult<Values> {
  return {
    ...result,
    rows: result.rows.length === 0 ? [] : cells(result.rows).map((c) => valuesOf(kind, c)),
  };
}

// The page's figures of each party, beside its tracker columns.
function partyCells(rows: PartyRow[]): Cells[] {
  const figures = new Map(rows.map((r) => [r.id, r]));
  return trackerCells(
    getDb(),
    'parties',
    rows.map((r) => r.id),
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

function sourceRows(rows: SourceRow[]): Cells[] {
  const cells = sourceCells(
    getDb(),
    rows.map((r) => r.id),
  );
  return rows.flatMap((r) => {
    const c = cells.get(r.id);
    return c ? [{ ...c, citing_count: r.citingCount }] : [];
  });
}

const aid: ListKindSpec<typeof AID_PARAMS> = {
  noun: 'aid packages',
  params: AID_PARAMS,
  order: aidOrder,
  read: (r, p) => listAid<Values>(toAidFilter(r), p as AidPage, AID_CELLS),
};

const sanctions: ListKindSpec<typeof SANCTION_PARAMS> = {
  noun: 'sanctions',
  params: SANCTION_PARAMS,
  order: sanctionOrder,
  read: (r, p) => listSanctions<Values>(toSanctionFilter(r), p as SanctionPage, SANCTION_CELLS),
};

const events: ListKindSpec<typeof EVENT_PARAMS> = {
  noun: 'events',
  params: EVENT_PARAMS,
  order: eventOrder,
  read: (r, p) =>
    thenCells('events', listEvents(toEventFilter(r), p as Parameters<typeof listEvents>[1]), (rows) =>
      trackerCells(
        getDb(),
        'events',
        rows.map((e) => e.id),
      ),
    ),
};

const parties: ListKindSpec<typeof PARTY_PARAMS> = {
  noun: 'parties',
  params: PARTY_PARAMS,
  order: partyOrder,
  read: (r, p) =>
    thenCells('parties', listParties(toPartyFilter(r), p as Parameters<typeof listParties>[1]), partyCells),
};

const sources: ListKindSpec<typeof SOURCE_PARAMS> = {
  noun: 'sources',
  params: SOURCE_PARAMS,
  order: sourceOrder,
  read: (r, p) =>
    thenCells('sources', listSources(toSourceFilter(r), p as Parameters<typeof listSources>[1]), sourceRows),
};

export const LIST_KIND_SPECS: Record<ListKind, ListKindSpec> = {
  aid,
  sanctions,
  events,
  parties,
  sources,
} as unknown as Record<ListKind, ListKindSpec>;
