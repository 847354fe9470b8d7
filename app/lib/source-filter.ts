import 'server-only';
import type { SourceFilter } from '@/db/queries/list/filters';
import type { SOURCE_PARAMS } from './filters';
import type { ResolvedParams } from './resolve-params';

/** The query filter for /sources from resolved URL values. */
export function toSourceFilter({ values }: ResolvedParams<typeof SOURCE_PARAMS>): SourceFilter {
  return { language: values.language, from: values.from, to: values.to, q: values.q };
}
