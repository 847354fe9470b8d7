import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { datedAsOf } from '../asof/as-of';
import { getDb } from '../../index';
import { rawRows } from '../list/raw-rows';
import { SANCTION_STATUSES, type SanctionMeasure, type SanctionStatus } from '../../../domain/vocabulary';
import type { PartyRef } from '../aid/aid-list';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from '../sources/citations';
import { countSanctionsFromCube, walksSortIndex } from '../list/cube-counts';
import { clampPage, readWindow, sanctionWhere, type Page, type PageResult } from '../list/filters';
import type { ReadWindow, SanctionFilter, RowColumns } from '../list/types';
import { orderBy, pageIds, SANCTION_STATUS_ORDER } from '../list/order';
import { sidesByValue } from '../list/sides-by-value';
import type { SanctionSort, SortDir } from '../list/sorts';
import { countSearch, searchDatePage, searchOnly, walkedRest } from '../list/search-match';

// SQL, not the builder: a page of a million rows, its join order (CROSS JOIN), indexes
// (INDEXED BY) and sorts written out for SQLite's planner.

export interface SanctionRow {
  id: number;
  title: string;
  imposer: PartyRef;
  target: PartyRef;
  measure: SanctionMeasure;
  status: SanctionStatus;
  announcedOn: string;
  sourceCount: number;
}

type FlatSanctionRow = Omit<SanctionRow, 'imposer' | 'target'> & {
  imposerSlug: string;
  imposerName: string;
  targetSlug: string;
  targetName: string;
};

const shape = ({
  imposerSlug,
  imposerName,
  targetSlug,
  targetName,
  ...row
}: FlatSanctionRow): SanctionRow => ({
  ...row,
  imposer: { slug: imposerSlug, name: imposerName },
  target: { slug: targetSlug, name: targetName },
});

const COLUMNS = sql.raw(`x.id, x.title, x.measure, x.status, x.announced_on AS announcedOn,
  i.slug AS imposerSlug, i.name AS imposerName, t.slug AS targetSlug, t.name AS targetName`);

type SanctionPage = Page & { sort?: SanctionSort; dir?: SortDir };

/** A page of sanctions; with `filter.asof`, of the list as it stood at the end of that day. */
export function listSanctions(filter: SanctionFilter, page: SanctionPage): PageResult<SanctionRow>;
/** The page's rows as `columns` select them, in the same order. */
export function listSanctions<Row>(
  filter: SanctionFilter,
  page: SanctionPage,
  columns: RowColumns,
): PageResult<Row>;
export function listSanctions(
  filter: SanctionFilter,
  page: SanctionPage,
  columns?: RowColumns,
): PageResult<unknown> {
  return datedAsOf(filter, (f) => listSanctionsToday(f, page, columns));
}

function listSanctionsToday(
  filter: SanctionFilter,
  { sort: asked = 'date', dir = 'desc', ...paging }: SanctionPage,
  columns?: RowColumns,
): PageResult<unknown> {
  const db = getDb();
  // By imposer with the imposer chosen (or target), every row shares the name: newest first.
  const sort =
    (asked === 'imposer' && filter.imposingId !== undefined) ||
    (asked === 'target' && filter.targetId !== undefined)
      ? 'date'
      : asked;
  const where = sanctionWhere(filter, 'x');
  const rest = walkedRest('sanctions', filter, countSanctionsFromCube, (f) => sanctionWhere(f, 'x'));
  const { total, capped } =
    filter.q !== undefined
      ? countSearch('sanctions', filter, { where, alias: 'x', rest }, paging.countUpTo)
      : {
          total:
            countSanctionsFromCube(filter) ??
            db.get<{ n: number }>(sql`SELECT count(*) AS n FROM sanctions x WHERE ${where}`)?.n ??
            0,
          capped: false,
        };
  const { page, pageCount, offset } = clampPage(paging, total);
  if (total === 0) return { rows: [], total, capped, page, pageCount, pageSize: paging.pageSize };
  // A capped search's end is unknown: its pages are read from the start.
  const window = readWindow(offset, paging.pageSize, capped ? Infinity : total, dir);
  const plan = pagePlan(filter, sort, window, total, rest);
  const order = (sorted: boolean) =>
    sql.raw(`${orderBy(ORDER_TERMS[sort], window.dir, sorted)}, x.id ${window.dir}`);
  const citing = sql`(SELECT count(*) FROM citations c WHERE c.sanction_id = x.id) AS sourceCount`;
  // The page's ids first, by their keys alone, then the page's rows (as in aid-list.ts).
  // A download's values come as arrays, in the order its columns select them.
  const all = (query: SQL): unknown[] => (columns ? rawRows(db, query) : db.all<FlatSanctionRow>(query));
  const rows = all(sql`
    SELECT ${columns ? sql.raw(columns.select) : sql`${COLUMNS}, ${citing}`}
    FROM ${'page' in plan ? plan.page : pageIds(plan.ids, 'x', plan.filtered ? undefined : where, order(plan.sorted ?? false), window)} page
    CROSS JOIN sanctions x ON x.id = page.id CROSS JOIN ${sql.raw(SIDE_JOIN.both)} ${sql.raw(columns?.joins ?? '')}
    ORDER BY ${order(false)}`);
  if (window.fromEnd) rows.reverse();
  return {
    rows: columns ? rows : (rows as FlatSanctionRow[]).map(shape),
    total,
    capped,
    page,
    pageCount,
    pageSize: paging.pageSize,
  };
}

const SIDE_JOIN = {
  imposer: 'CROSS JOIN parties i ON i.id = x.imposing_id',
  target: 'CROSS JOIN parties t ON t.id = x.target_id',
  both: 'parties i ON i.id = x.imposing_id CROSS JOIN parties t ON t.id = x.target_id',
};

/** Within one party's name, one measure or one status, newest first. */
const ORDER_TERMS: Record<SanctionSort, string[]> = {
  date: ['x.announced_on'],
  imposer: ['i.name COLLATE NOCASE', 'i.id', 'x.announced_on'],
  target: ['t.name COLLATE NOCASE', 't.id', 'x.announced_on'],
  measure: ['x.measure', 'x.announced_on'],
  status: [SANCTION_STATUS_ORDER('x.status'), 'x.announced_on'],
  title: ['x.title COLLATE NOCASE'],
};

/** Sanctions off `index`, with the party the order names. */
const idsFrom = (sort: SanctionSort, index?: string) =>
  `sanctions x ${index ? `INDEXED BY ${index}` : ''} ${sort === 'imposer' || sort === 'target' ? SIDE_JOIN[sort] : ''}`;

/**
 * Sorted by a side's name: the parties by name (their index named: with a kind of target
 * SQLite would read the parties of that kind and sort), each one's sanctions by date off
 * its side's index, or, with the other side chosen, off the pair index (a target's
 * sanctions by imposer take longer sorted).
 */
function bySide(sort: 'imposer' | 'target', pair: boolean): string {
  const [own, column] = sort === 'imposer' ? ['i', 'imposing_id'] : ['t', 'target_id'];
  const index = pair
    ? 'sanctions_pair_idx'
    : sort === 'imposer'
      ? 'sanctions_imposing_idx'
      : 'sanctions_target_idx';
  return `parties ${own} INDEXED BY parties_name_idx CROSS JOIN sanctions x INDEXED BY ${index} ON x.${column} = ${own}.id`;
}

type PagePlan =
  /** The FROM of the page's ids: read in order off its index, or `sorted` (orderBy); `filtered` when it applied the filter. */
  | { ids: string | SQL; sorted?: boolean; filtered?: boolean }
  /** The page's ids themselves, in order (a search by date, off the word index). */
  | { page: SQL };

/**
 * How a page is read: as for aid packages (aid-list.ts), a filter holding one live row in
 * 20 or more walks the sort's own index, a rarer one reads its rows and sorts them.
 */
function pagePlan(
  filter: SanctionFilter,
  sort: SanctionSort,
  window: ReadWindow,
  total: number,
  rest?: SQL,
): PagePlan {
  // A search by date is read off the word index in its key order, with a period or with
  // other filters holding many rows (`rest`, search-match.ts); otherwise its matches are
  // gathered and sorted, rather than walk a whole index testing every row against them.
  if (filter.q !== undefined) {
    return sort === 'date' && (searchOnly(filter) || rest)
      ? { page: searchDatePage('sanctions', filter, { alias: 'x', rest }, window) }
      : { ids: idsFrom(sort), sorted: true };
  }
  const walk = walksSortIndex('sanctions', total);
  const anyParty =
    filter.partyId !== undefined || filter.imposingId !== undefined || filter.targetId !== undefined;
  // A kind of target is a list of target ids: a rare kind is read off the target index
  // (any other walk would pass most of the table), a common one walks the sort's index
  // (SQLite would read a large share of the table off the target index and sort it).
  const kindIndex = filter.targetKind && !walk ? 'sanctions_target_idx' : undefined;
  const sorted: PagePlan = { ids: idsFrom(sort, kindIndex), sorted: true };
  const plain = (index?: string): PagePlan => (walk ? { ids: idsFrom(sort, index) } : sorted);
  switch (sort) {
    case 'date':
      return { ids: idsFrom(sort, filter.targetKind && walk ? 'sanctions_announced_idx' : kindIndex) };
    case 'status': {
      if (!walk) return sorted;
      const upTo = window.offset + window.limit;
      const index = filter.targetKind ? 'sanctions_status_idx' : undefined;
      const values = sidesByValue('sanctions', 'status', SANCTION_STATUSES, sanctionWhere(filter, 'x'), {
        alias: 'x',
        dir: window.dir,
        upTo,
        index,
      });
      return { ids: sql`${values} x`, filtered: true };
    }
    case 'measure':
      return plain('sanctions_measure_idx');
    case 'title':
      // Titles are made of the imposer's name, the measure and the target's name, so a party
      // or a measure gathers its sanctions in stretches of the title index, which a walk
      // would pass (asset freezes are sooner sorted). A common kind of target still walks
      // it (people are sooner walked).
      return walk && !anyParty && filter.measure === undefined ? plain('sanctions_title_idx') : sorted;
    case 'imposer':
    case 'target': {
      const pair = filter.imposingId !== undefined || filter.targetId !== undefined;
      return filter.partyId === undefined && (pair || walk) ? { ids: bySide(sort, pair) } : sorted;
    }
  }
}

export interface SanctionDetail extends SanctionRow {
  effectiveOn: string | null;
  liftedOn: string | null;
  legalBasis: string | null;
  description: string | null;
  updatedAt: string;
  citations: CitationDto[];
}

type DetailExtra = Pick<
  SanctionDetail,
  'effectiveOn' | 'liftedOn' | 'legalBasis' | 'description' | 'updatedAt'
>;

/** One live sanction with its sources, or null when there is none with this id. */
export function getSanction(id: number): SanctionDetail | null {
  const rows = getDb().all<FlatSanctionRow & DetailExtra & CitationRow>(sql`
    SELECT ${COLUMNS}, 0 AS sourceCount, x.effective_on AS effectiveOn, x.lifted_on AS liftedOn,
           x.legal_basis AS legalBasis, x.description, x.updated_at AS updatedAt, ${CITATION_COLUMNS}
    FROM sanctions x
    JOIN parties i ON i.id = x.imposing_id
    JOIN parties t ON t.id = x.target_id
    LEFT JOIN citations c ON c.sanction_id = x.id
    LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
    WHERE x.id = ${id} AND x.retired_at IS NULL
    ORDER BY c.id`);
  const [entry] = groupCitations(rows);
  if (!entry) return null;
  const { citations, effectiveOn, liftedOn, legalBasis, description, updatedAt, ...flat } = entry;
  return {
    ...shape(flat),
    sourceCount: citations.length,
    effectiveOn,
    liftedOn,
    legalBasis,
    description,
    updatedAt,
    citations,
  };
}
