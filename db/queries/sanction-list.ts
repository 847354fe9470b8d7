import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import { SANCTION_STATUSES, type SanctionMeasure, type SanctionStatus } from '../vocabulary';
import type { PartyRef } from './aid-list';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from './citations';
import { countSanctionsFromCube, walksSortIndex } from './cube-counts';
import { clampPage, readWindow, sanctionWhere, type Page, type PageResult, type SanctionFilter } from './filters';
import { SANCTION_STATUS_ORDER } from './order';
import { sidesByValue } from './sides-by-value';
import type { SanctionSort, SortDir } from './sorts';
import { searchOnlyCountSql, searchWalksDates } from './text-search';

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

const SORT_SQL: Record<SanctionSort, string> = {
  date: 'x.announced_on',
  imposer: 'i.name COLLATE NOCASE',
  target: 't.name COLLATE NOCASE',
  measure: 'x.measure',
  status: SANCTION_STATUS_ORDER('x.status'),
  title: 'x.title COLLATE NOCASE',
};

/** The index each order walks through a common kind of target (imposer and target walk the parties by name). */
const KIND_WALKS: Partial<Record<SanctionSort, string>> = {
  date: 'sanctions_announced_idx',
  title: 'sanctions_title_idx',
  measure: 'sanctions_measure_idx',
  status: 'sanctions_status_idx',
};

type FlatSanctionRow = Omit<SanctionRow, 'imposer' | 'target'> & {
  imposerSlug: string;
  imposerName: string;
  targetSlug: string;
  targetName: string;
};

const shape = ({ imposerSlug, imposerName, targetSlug, targetName, ...row }: FlatSanctionRow): SanctionRow => ({
  ...row,
  imposer: { slug: imposerSlug, name: imposerName },
  target: { slug: targetSlug, name: targetName },
});

const COLUMNS = sql.raw(`x.id, x.title, x.measure, x.status, x.announced_on AS announcedOn,
  i.slug AS imposerSlug, i.name AS imposerName, t.slug AS targetSlug, t.name AS targetName`);

export function listSanctions(
  filter: SanctionFilter,
  { sort: asked = 'date', dir = 'desc', ...paging }: Page & { sort?: SanctionSort; dir?: SortDir },
): PageResult<SanctionRow> {
  const db = getDb();
  // By imposer with the imposer chosen (or target), every row shares the name: newest first.
  const sort = (asked === 'imposer' && filter.imposingId !== undefined) || (asked === 'target' && filter.targetId !== undefined) ? 'date' : asked;
  const where = sanctionWhere(filter, 'x');
  const total =
    countSanctionsFromCube(filter) ??
    db.get<{ n: number }>(searchOnlyCountSql('sanctions', filter) ?? sql`SELECT count(*) AS n FROM sanctions x WHERE ${where}`)?.n ??
    0;
  const { page, pageCount, offset } = clampPage(paging, total);
  const window = readWindow(offset, paging.pageSize, total, dir);
  const d = window.dir;
  // Sorted by a side's name (with no party on either side): the parties by name, each one's
  // sanctions by date off its side's index, read in order instead of sorting them all.
  // A search reads its matches off the word index and sorts them (text-search.ts), rather
  // than walk a whole index testing every row against the matches.
  const searching = filter.q !== undefined;
  // A kind of target holding many sanctions (a third are on people) walks the sort's
  // index: SQLite would read all of them off the target index and sort (1.6 s at 1M). A
  // rare kind is read off the target index and sorted, rather than walk any other.
  const kindIsCommon = filter.targetKind && !searching ? walksSortIndex('sanctions', total) : undefined;
  const kindWalk = kindIsCommon === undefined ? undefined : kindIsCommon ? KIND_WALKS[sort] : 'sanctions_target_idx';
  // With the other side chosen (Russia's sanctions by imposer), each party's sanctions
  // with it are read by date off the pair index (0.15 s sorted at 1M).
  const bySide =
    !searching &&
    kindIsCommon !== false &&
    (sort === 'imposer' || sort === 'target') &&
    filter.partyId === undefined;
  const otherSide = filter.imposingId !== undefined || filter.targetId !== undefined;
  const pairIndex = sql.raw(otherSide ? 'INDEXED BY sanctions_pair_idx' : '');
  const side = sort === 'imposer' ? 'i' : 't';
  // By status: each status's newest first, in lifecycle order (sides-by-value.ts).
  const from =
    sort === 'status' && !searching
      ? sidesByValue('sanctions', 'status', SANCTION_STATUSES, where, { alias: 'x', dir: d, upTo: window.offset + window.limit, index: kindWalk })
      : sql`sanctions`;
  // A common word by date: off the date index (text-search.ts).
  const walk = searchWalksDates(sort, filter, total) ? 'sanctions_announced_idx' : sort === 'status' ? undefined : kindWalk;
  const index = sql.raw(walk ? `INDEXED BY ${walk}` : '');
  const joins = !bySide
    ? sql`${from} x ${index} CROSS JOIN parties i ON i.id = x.imposing_id CROSS JOIN parties t ON t.id = x.target_id`
    : sort === 'imposer'
      ? sql`parties i INDEXED BY parties_name_idx CROSS JOIN sanctions x ${pairIndex} ON x.imposing_id = i.id CROSS JOIN parties t ON t.id = x.target_id`
      : // Named: a kind of target would otherwise read the parties of that kind and sort (1.2 s).
        sql`parties t INDEXED BY parties_name_idx CROSS JOIN sanctions x ${pairIndex} ON x.target_id = t.id CROSS JOIN parties i ON i.id = x.imposing_id`;
  // Within one party's name, one measure or one status, newest first.
  const order =
    sort === 'imposer' || sort === 'target'
      ? `${SORT_SQL[sort]} ${d}, ${side}.id ${d}, x.announced_on ${d}, x.id ${d}`
      : sort === 'measure' || sort === 'status'
        ? `${SORT_SQL[sort]} ${d}, x.announced_on ${d}, x.id ${d}`
        : `${SORT_SQL[sort]} ${d}, x.id ${d}`;
  const rows = db.all<FlatSanctionRow>(sql`
    SELECT ${COLUMNS}, (SELECT count(*) FROM citations c WHERE c.sanction_id = x.id) AS sourceCount
    FROM ${joins}
    WHERE ${where}
    ORDER BY ${sql.raw(order)} LIMIT ${window.limit} OFFSET ${window.offset}`);
  if (window.fromEnd) rows.reverse();
  return { rows: rows.map(shape), total, page, pageCount, pageSize: paging.pageSize };
}

export interface SanctionDetail extends SanctionRow {
  effectiveOn: string | null;
  liftedOn: string | null;
  legalBasis: string | null;
  description: string | null;
  updatedAt: string;
  citations: CitationDto[];
}

type DetailExtra = Pick<SanctionDetail, 'effectiveOn' | 'liftedOn' | 'legalBasis' | 'description' | 'updatedAt'>;

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
  return { ...shape(flat), sourceCount: citations.length, effectiveOn, liftedOn, legalBasis, description, updatedAt, citations };
}
