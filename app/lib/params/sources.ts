import 'server-only';
import { AS_OF_PARAMS } from './asof';
import type { SourceFilter } from '@/db/queries/list/types';
import type { ResolvedParams } from './resolve-params';
import { SOURCE_SORTS } from '@/db/queries/list/sorts';
import { DATE_RANGE, LIST_PARAMS, listOrder } from './common';
import { enumParam, pageParam, textParam } from './search-params';

export const SOURCE_PARAMS = {
  language: {
    label: 'language',
    schema: textParam.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language code such as fr'),
  },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(SOURCE_SORTS) },
  ...LIST_PARAMS,
  ...AS_OF_PARAMS,
};

/** A source's page: which page of each kind of citing entry. */
export const SOURCE_PAGE_PARAMS = {
  aid: { label: 'page of aid packages', schema: pageParam },
  sanctions: { label: 'page of sanctions', schema: pageParam },
  events: { label: 'page of events', schema: pageParam },
};

/** The query filter for /sources from resolved URL values. */
export function toSourceFilter({ values }: ResolvedParams<typeof SOURCE_PARAMS>): SourceFilter {
  return { language: values.language, from: values.from, to: values.to, q: values.q, asof: values.asof };
}

/** The page's order (and its downloads'): date by default; newest, largest and most first. */
export const sourceOrder = (values: ResolvedParams<typeof SOURCE_PARAMS>['values']) =>
  listOrder(values, 'date', ['date', 'citations']);
