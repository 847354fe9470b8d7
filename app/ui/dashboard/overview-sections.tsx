import type { OverviewHeadlines } from '@/app/lib/overview-data';
import type { OverviewParams } from '@/app/lib/params/overview';
import { HeadlineCards } from './headline-cards';
import { SanctionCards } from './sanction-cards';

/** The headline figures: server HTML, streamed before any chart code loads. */
export function Headlines({
  data,
  filter,
  values,
}: { data: OverviewHeadlines } & Pick<OverviewParams, 'filter' | 'values'>) {
  const { aid, committedEvidence, uncommittedEvidence, sanctions } = data;
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
