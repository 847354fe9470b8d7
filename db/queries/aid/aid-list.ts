import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { datedAsOf } from '../asof/as-of';
import { getDb } from '../../index';
import { AID_STATUSES, type AidCategory, type AidStatus } from '../../../domain/vocabulary';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from '../sources/citations';
import { countAidFromCube, walksSortIndex } from '../list/cube-counts';
import { aidWhere, clampPage, readWindow, type Page, type PageResult } from '../list/filters';
import type { AidFilter, ReadWindow, RowColumns } from '../list/types';
import { AID_STATUS_ORDER, orderBy, pageIds } from '../list/order';
import { sidesByValue } from '../list/sides-by-value';
import { rawRows } from '../list/raw-rows';
import type { AidSort, SortDir } from '../list/sorts';
import { countSearch, searchDatePage, searchOnly, walkedRest } from '../list/search-match';

// SQL, not the builder: a page of a million rows, its join order (CROSS JOIN), indexes
// (INDEXED BY) and sorts written out for SQLite's planner.

export interface PartyRef {
  slug: string;
  name: string;
}

export interface AidRow {
  id: number;
  title: string;
  donor: PartyRef;
  recipient: PartyRef;
  category: AidCategory;
  status: AidStatus;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  announcedOn: string;
  sourceCount: number;
}

// CROSS JOIN fixes the loop order. Packages outer: at a million rows SQLite otherwise may
// start from the parties and sort every package to find one page.
const packagesFirst = (from: SQL, index?: string) =>
  sql`${from} a ${sql.raw(index ? `INDEXED BY ${index}` : '')} CROSS JOIN parties d ON d.id = a.donor_id CROSS JOIN parties r ON r.id = a.recipient_id`;
// Sorted by a side's name: the parties by name (parties_name_idx), each one's packages by
// date off `index`: its side's (with a category and a year, SQLite would read each party's
// packages off the category index, passing every military package of that year per
// party), or with the other side chosen (Ukraine's packages by donor), the pair index
// (sorting them takes longer).
const bySide = (sort: 'donor' | 'recipient', index: string) =>
  sort === 'donor'
    ? `parties d INDEXED BY parties_name_idx CROSS JOIN aid_packages a INDEXED BY ${index} ON a.donor_id = d.id`
    : `parties r INDEXED BY parties_name_idx CROSS JOIN aid_packages a INDEXED BY ${index} ON a.recipient_id = r.id`;
const select = (joins: SQL, columns?: RowColumns) =>
  columns
    ? sql`SELECT ${sql.raw(columns.select)} FROM ${joins} ${sql.raw(columns.joins)}`
    : pageSelect(joins);
const pageSelect = (joins: SQL) => sql`
  SELECT a.id, a.title, a.category, a.status, a.amount, a.currency, a.amount_usd AS amountUsd,
         a.announced_on AS announcedOn,
         d.slug AS donorSlug, d.name AS donorName, r.slug AS recipientSlug, r.name AS recipientName,
         (SELECT count(*) FROM citations c WHERE c.aid_package_id = a.id) AS sourceCount
  FROM ${joins}`;

/**
 * A party's packages by date: the first `upTo` of each side, each read off its own
 * (party, date) index, so a page costs the same for a party with ten packages or 300,000.
 * By title, each side's packages are read and sorted: titles begin with the donor's name,
 * so a walk of the title index passes every donor before it.
 */
function partySides(
  filter: AidFilter & { partyId: number },
  sort: 'date' | 'title',
  dir: SortDir,
  upTo: number,
): SQL {
  const order = sql.raw(`${orderBy(ORDER_TERMS[sort], dir, false)}, a.id ${dir}`);
  const sides = [{ donorId: filter.partyId }, { recipientId: filter.partyId }].map(
    (
      side,
    ) => sql`SELECT * FROM (SELECT * FROM aid_packages a WHERE ${aidWhere({ ...filter, partyId: undefined, ...side })}
      ORDER BY ${order} LIMIT ${upTo})`,
  );
  return sql`(${sql.join(sides, sql` UNION ALL `)})`;
}

/**
 * One donor to one recipient: read off their (recipient, donor, date, amount) index. Named,
 * because sampled statistics rate it no better than one side's index, which then passes
 * every package of that side (the United States to Ukraine, say).
 */
const isPair = (filter: AidFilter) =>
  filter.donorId !== undefined && filter.recipientId !== undefined && filter.partyId === undefined;

/**
 * The page's packages by amount, exactly: those with an amount read in order off an amount
 * index, those without (last in the list, first when read from the end) in id order, not
 * one sort of every row.
 */
function amountPage(filter: AidFilter, window: ReadWindow, total: number, walk: boolean): SQL {
  const where = aidWhere(filter);
  const d = sql.raw(window.dir);
  // A filter holding many rows (a status, a big donor) is walked along the amount index
  // until the page is found; left to itself SQLite reads all of them and sorts (the
  // delivered packages, say). Amounts are skewed by period (2014 holds small packages
  // only), so a walk for an early month would pass every large package first (as long as
  // sorting its rows). A filter holding few rows is read and sorted, off an index holding
  // its amounts where there is one (sampled statistics prefer the (party, date) index,
  // which reads every row).
  const own = sql.raw(amountIndex(filter));
  const index = walk ? sql`INDEXED BY aid_amount_idx` : own;
  const disclosed =
    countAidFromCube(filter, 'usd_n') ??
    getDb().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM aid_packages a ${own} WHERE ${where} AND a.amount_usd IS NOT NULL`,
    )?.n ??
    0;
  const known = (limit: number, offset: number) => sql`SELECT * FROM (SELECT a.id FROM aid_packages a ${index}
    WHERE ${where} AND a.amount_usd IS NOT NULL ORDER BY a.amount_usd ${d}, a.id ${d} LIMIT ${limit} OFFSET ${offset})`;
  // The amount index holds undisclosed amounts in id order: a common filter walks it, but
  // not by date, since ids follow dates and a walk for 2022 passes every later package
  // first; then, as for a rare filter, they are read off the filter's own index.
  const walkUndisclosed = walk && filter.from === undefined && filter.to === undefined;
  const undisclosed = (limit: number, offset: number) => sql`SELECT * FROM (SELECT a.id FROM aid_packages a
    ${walkUndisclosed ? sql`INDEXED BY aid_amount_idx` : own} WHERE ${where} AND ${sql.raw(walkUndisclosed ? '' : '+')}a.amount_usd IS NULL
    ORDER BY a.id ${d} LIMIT ${limit} OFFSET ${offset})`;
  const [first, firstCount, second] = window.fromEnd
    ? [undisclosed, total - disclosed, known]
    : [known, disclosed, undisclosed];
  // The window's rows in each part: only ids are read until the page is found.
  const end = window.offset + window.limit;
  const parts = [
    window.offset < firstCount ? first(Math.min(end, firstCount) - window.offset, window.offset) : undefined,
    end > firstCount
      ? second(end - Math.max(window.offset, firstCount), Math.max(0, window.offset - firstCount))
      : undefined,
  ].filter((part): part is SQL => part !== undefined);
  return parts.length === 0
    ? sql`(SELECT * FROM aid_packages WHERE 0)`
    : sql`(SELECT * FROM aid_packages WHERE id IN (${sql.join(parts, sql` UNION ALL `)}))`;
}

/** An index holding the filter's party and the amount, for a filter naming one donor, one recipient or both. */
function amountIndex(filter: AidFilter): string {
  if (filter.partyId !== undefined) return '';
  const name = isPair(filter)
    ? 'aid_pair_idx'
    : filter.donorId !== undefined
      ? 'aid_donor_amount_idx'
      : filter.recipientId !== undefined
        ? 'aid_recipient_amount_idx'
        : undefined;
  return name ? `INDEXED BY ${name}` : '';
}

type FlatAidRow = Omit<AidRow, 'donor' | 'recipient'> & {
  donorSlug: string;
  donorName: string;
  recipientSlug: string;
  recipientName: string;
};

const shape = ({ donorSlug, donorName, recipientSlug, recipientName, ...row }: FlatAidRow): AidRow => ({
  ...row,
  donor: { slug: donorSlug, name: donorName },
  recipient: { slug: recipientSlug, name: recipientName },
});

type AidPage = Page & { sort?: AidSort; dir?: SortDir };

/** A page of aid packages; with `filter.asof`, of the list as it stood at the end of that day. */
export function listAid(filter: AidFilter, page: AidPage): PageResult<AidRow>;
/** The page's rows as `columns` select them, in the same order. */
export function listAid<Row>(filter: AidFilter, page: AidPage, columns: RowColumns): PageResult<Row>;
export function listAid(filter: AidFilter, page: AidPage, columns?: RowColumns): PageResult<unknown> {
  return datedAsOf(filter, (f) => listAidToday(f, page, columns));
}

function listAidToday(
  filter: AidFilter,
  { sort: asked = 'date', dir = 'desc', ...paging }: AidPage,
  columns?: RowColumns,
): PageResult<unknown> {
  const db = getDb();
  // By donor with the donor chosen (or recipient), every row shares the name: newest first.
  const sort =
    (asked === 'donor' && filter.donorId !== undefined) ||
    (asked === 'recipient' && filter.recipientId !== undefined)
      ? 'date'
      : asked;
  const where = aidWhere(filter);
  const pairIndex = sql.raw(isPair(filter) ? 'INDEXED BY aid_pair_idx' : '');
  const rest = walkedRest('aid_packages', filter, countAidFromCube, (f) => aidWhere(f));
  const { total, capped } =
    filter.q !== undefined
      ? countSearch('aid_packages', filter, { where, alias: 'a', rest }, paging.countUpTo)
      : {
          total:
            countAidFromCube(filter) ??
            db.get<{ n: number }>(sql`SELECT count(*) AS n FROM aid_packages a ${pairIndex} WHERE ${where}`)
              ?.n ??
            0,
          capped: false,
        };
  const { page, pageCount, offset } = clampPage(paging, total);
  if (total === 0) return { rows: [], total, capped, page, pageCount, pageSize: paging.pageSize };
  // A capped search's end is unknown: its pages are read from the start.
  const window = readWindow(offset, paging.pageSize, capped ? Infinity : total, dir);
  const d = window.dir;
  const plan = pagePlan(filter, sort, window, total, rest);
  const order = (sorted: boolean) => sql.raw(`${orderSql(sort, d, window.fromEnd, sorted)}, a.id ${d}`);
  // The page's ids are read first, by their keys alone; the page's rows are then read and
  // joined. Sorting whole joined rows takes longer, and a page far into a list would pass
  // each row before it with its parties.
  // A download's values come as arrays, in the order its columns select them.
  const all = (query: SQL): unknown[] => (columns ? rawRows(db, query) : db.all<FlatAidRow>(query));
  const rows =
    'joins' in plan
      ? all(sql`${select(plan.joins, columns)} WHERE ${where}
          ORDER BY ${order(false)} LIMIT ${window.limit} OFFSET ${plan.exact ? 0 : window.offset}`)
      : all(
          sql`${select(
            sql`${'page' in plan ? plan.page : pageIds(plan.ids, 'a', plan.filtered ? undefined : where, order(plan.sorted ?? false), window)} page
          CROSS JOIN aid_packages a ON a.id = page.id CROSS JOIN ${sql.raw(SIDE_JOIN.both)}`,
            columns,
          )} ORDER BY ${order(false)}`,
        );
  if (window.fromEnd) rows.reverse();
  return {
    rows: columns ? rows : (rows as FlatAidRow[]).map(shape),
    total,
    capped,
    page,
    pageCount,
    pageSize: paging.pageSize,
  };
}

const SIDE_JOIN = {
  donor: 'CROSS JOIN parties d ON d.id = a.donor_id',
  recipient: 'CROSS JOIN parties r ON r.id = a.recipient_id',
  both: 'parties d ON d.id = a.donor_id CROSS JOIN parties r ON r.id = a.recipient_id',
};

/** Amount sorts put undisclosed amounts last either way; within a category, a status or a party's name, newest first. */
function orderSql(sort: AidSort, dir: SortDir, fromEnd: boolean, sorted: boolean): string {
  return sort === 'amount'
    ? `a.amount_usd IS NULL ${fromEnd ? 'DESC' : 'ASC'}, ${orderBy(['a.amount_usd'], dir, sorted)}`
    : orderBy(ORDER_TERMS[sort], dir, sorted);
}

const ORDER_TERMS: Record<Exclude<AidSort, 'amount'>, string[]> = {
  date: ['a.announced_on'],
  category: ['a.category', 'a.announced_on'],
  donor: ['d.name COLLATE NOCASE', 'd.id', 'a.announced_on'],
  recipient: ['r.name COLLATE NOCASE', 'r.id', 'a.announced_on'],
  status: [AID_STATUS_ORDER('a.status'), 'a.announced_on'],
  title: ['a.title COLLATE NOCASE'],
};

type PagePlan =
  /** Read in order off these joins (a few packages, chosen by a walk of their own); `exact` when they hold the page alone. */
  | { joins: SQL; exact?: boolean }
  /** The FROM of the page's ids: read in order off its index, or `sorted` (orderBy); `filtered` when it applied the filter. */
  | { ids: string | SQL; sorted?: boolean; filtered?: boolean }
  /** The page's ids themselves, in order (a search by date, off the word index). */
  | { page: SQL };

/** Packages off `index`, with the party the order names. */
const idsFrom = (sort: AidSort, index?: string) =>
  `aid_packages a ${index ? `INDEXED BY ${index}` : ''} ${sort === 'donor' || sort === 'recipient' ? SIDE_JOIN[sort] : ''}`;

/**
 * How a page is read. A filter holding one live row in 20 or more walks the sort's own
 * index until the page is found (walksSortIndex); a rarer one reads its rows off its own
 * index and sorts them. Then the cases that need more than that, first to last.
 */
function pagePlan(filter: AidFilter, sort: AidSort, window: ReadWindow, total: number, rest?: SQL): PagePlan {
  const d = window.dir;
  const upTo = window.offset + window.limit;
  const walk = walksSortIndex('aid_packages', total);
  const anyParty =
    filter.partyId !== undefined || filter.donorId !== undefined || filter.recipientId !== undefined;
  const sorted: PagePlan = { ids: idsFrom(sort), sorted: true };
  const plain = (index?: string): PagePlan => (walk ? { ids: idsFrom(sort, index) } : sorted);
  // A search by date is read off the word index in its key order, with a period or with
  // other filters holding many rows (`rest`); otherwise its matches are gathered and
  // sorted: the orders below walk a whole index and would test every row against them.
  if (filter.q !== undefined) {
    if (sort === 'date' && (searchOnly(filter) || rest))
      return { page: searchDatePage('aid_packages', filter, { alias: 'a', rest }, window) };
    return { ids: idsFrom(sort, isPair(filter) ? 'aid_pair_idx' : undefined), sorted: true };
  }
  if ((sort === 'date' || sort === 'title') && filter.partyId !== undefined) {
    return { joins: packagesFirst(partySides({ ...filter, partyId: filter.partyId }, sort, d, upTo)) };
  }
  if (sort === 'amount')
    return { joins: packagesFirst(amountPage(filter, window, total, walk)), exact: true };
  // A pair's page is read off its own index, in date order or its packages sorted; by
  // category or status, a pair holding many packages walks those orders' indexes instead
  // (the United States to Ukraine by category is far sooner walked than sorted).
  if (isPair(filter) && !((sort === 'category' || sort === 'status') && walk)) {
    return { ids: idsFrom(sort, 'aid_pair_idx'), sorted: sort !== 'date' };
  }
  switch (sort) {
    case 'date':
      return { ids: idsFrom(sort) };
    case 'status': {
      if (!walk) return sorted;
      return {
        ids: sql`${sidesByValue('aid_packages', 'status', AID_STATUSES, aidWhere(filter), { alias: 'a', dir: d, upTo })} a`,
        filtered: true,
      };
    }
    case 'category':
      return plain('aid_category_idx');
    case 'title':
      // Titles are made of the donor's name, the kind of aid and the recipient's, so a filter
      // on any of them gathers its packages in stretches of the title index, which a walk
      // would pass (Germany's, say); only a common status or period walks it.
      return walk && !anyParty && filter.category === undefined ? plain('aid_title_idx') : sorted;
    case 'donor':
    case 'recipient':
      // The other side chosen: each party's packages with it, off the pair index.
      if (filter.partyId === undefined && anyParty) return { ids: bySide(sort, 'aid_pair_idx') };
      return !anyParty && walk
        ? { ids: bySide(sort, sort === 'donor' ? 'aid_donor_idx' : 'aid_recipient_idx') }
        : sorted;
  }
}

export interface AidDetail extends AidRow {
  description: string | null;
  createdAt: string;
  updatedAt: string;
  citations: CitationDto[];
}

/** One live aid package with its sources, or null when there is none with this id. */
export function getAidPackage(id: number): AidDetail | null {
  const rows = getDb().all<
    FlatAidRow & CitationRow & { description: string | null; createdAt: string; updatedAt: string }
  >(sql`
    SELECT a.id, a.title, a.category, a.status, a.amount, a.currency, a.amount_usd AS amountUsd,
           a.announced_on AS announcedOn, a.description, a.created_at AS createdAt, a.updated_at AS updatedAt,
           d.slug AS donorSlug, d.name AS donorName, r.slug AS recipientSlug, r.name AS recipientName,
           0 AS sourceCount, ${CITATION_COLUMNS}
    FROM aid_packages a
    JOIN parties d ON d.id = a.donor_id
    JOIN parties r ON r.id = a.recipient_id
    LEFT JOIN citations c ON c.aid_package_id = a.id
    LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
    WHERE a.id = ${id} AND a.retired_at IS NULL
    ORDER BY c.id`);
  const [entry] = groupCitations(rows);
  if (!entry) return null;
  const { citations, description, createdAt, updatedAt, ...flat } = entry;
  return { ...shape(flat), sourceCount: citations.length, citations, description, createdAt, updatedAt };
}
