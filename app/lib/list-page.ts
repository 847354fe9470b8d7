import 'server-only';
import type { PageResult } from '@/db/queries/list/filters';
import type { SortDir } from '@/db/queries/list/sorts';
import { PAGE_SIZE } from './params/common';
import { linkValues, type ResolvedParams } from './params/resolve-params';
import type { ParamSpecs } from './params/search-params';
import { LIST_DOWNLOADS_NOTE, listDownloads, todayIso, type ViewCite } from './view-links';

/**
 * What a list page shows: one page of rows, the filters as its links keep them, its order,
 * what was ignored, and how to cite and download it.
 */
export interface ListPage<Row> {
  result: PageResult<Row>;
  params: Record<string, string | undefined>;
  sort: string;
  dir: SortDir;
  notices: string[];
  view: ViewCite;
}

/** The list as a citation names it (`Aid from United States, 2022`), its path and its API. */
export interface ListCite {
  title: string;
  path: string;
  api: string;
}

/**
 * Reads the page of a list the URL asks for (`read` is the entity's list query, given the
 * page) and says so when that page is past the last, which is shown instead.
 */
export function listPage<S extends ParamSpecs, Row>(
  { values, notices }: ResolvedParams<S>,
  order: { sort: string; dir: SortDir },
  read: (page: { page: number; pageSize: number }) => PageResult<Row>,
  { title, path, api }: ListCite,
): ListPage<Row> {
  const asked = (values as { page?: number }).page;
  const result = read({ page: asked ?? 1, pageSize: PAGE_SIZE });
  if (asked && asked > result.pageCount)
    notices.push(`There is no page ${asked}: showing page ${result.page}.`);
  const params = linkValues(values);
  const view = {
    title,
    path,
    params,
    today: todayIso(),
    downloads: listDownloads(api, params),
    downloadsNote: LIST_DOWNLOADS_NOTE,
  };
  return { result, params, ...order, notices, view };
}
