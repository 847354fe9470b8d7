import 'server-only';
import type { PageResult } from '@/db/queries/list/filters';
import type { SortDir } from '@/db/queries/list/sorts';
import { PAGE_SIZE } from './params/common';
import { linkValues, type ResolvedParams } from './params/resolve-params';
import type { ParamSpecs } from './params/search-params';

/** What a list page shows: one page of rows, the filters as its links keep them, its order, and what was ignored. */
export interface ListPage<Row> {
  result: PageResult<Row>;
  params: Record<string, string | undefined>;
  sort: string;
  dir: SortDir;
  notices: string[];
}

/**
 * Reads the page of a list the URL asks for (`read` is the entity's list query, given the
 * page) and says so when that page is past the last, which is shown instead.
 */
export function listPage<S extends ParamSpecs, Row>(
  { values, notices }: ResolvedParams<S>,
  order: { sort: string; dir: SortDir },
  read: (page: { page: number; pageSize: number }) => PageResult<Row>,
): ListPage<Row> {
  const asked = (values as { page?: number }).page;
  const result = read({ page: asked ?? 1, pageSize: PAGE_SIZE });
  if (asked && asked > result.pageCount)
    notices.push(`There is no page ${asked}: showing page ${result.page}.`);
  return { result, params: linkValues(values), ...order, notices };
}
