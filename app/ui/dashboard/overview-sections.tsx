import { getOverviewHeadlines } from '@/app/lib/overview-data';
import { resolveOverviewParams } from '@/app/lib/overview-filter';
import type { SearchParams } from '@/app/lib/search-params';
import { HeadlineCards } from './headline-cards';
import { SanctionCards } from './sanction-cards';

/** The headline figures: server HTML, streamed before any chart code loads. */
export async function Headlines({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filter, values } = resolveOverviewParams(await searchParams);
  const { aid, committedEvidence, uncommittedEvidence, sanctions } = await getOverviewHeadlines(filter);
  return (
    <>
      <HeadlineCards
        totals={aid}
        committedEvidence={committedEvidence}
        uncommittedEvidence={uncommittedEvidence}
        params={values}
        category={filter.category}
      />
      <SanctionCards totals={sanctions} params={values} />
    </>
  );
}
