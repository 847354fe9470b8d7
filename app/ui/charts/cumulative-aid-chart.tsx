import { formatUsdShort } from '@/app/lib/format';
import { OKABE_ITO } from './palette';
import { StepAreaChart } from './step-area-chart';
import { labelAxis, valueAxis } from './value-axis';

export interface CumulativeAidData {
  /** Time in ms since the epoch (UTC midnight) and the committed total reached by then. */
  points: { t: number; usd: number }[];
  /** Events drawn as numbered vertical lines; the numbers are explained under the chart. */
  markers: { t: number; label: string }[];
  domain: [number, number];
  ticks: number[];
}

const monthTick = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The committed total in steps (it changes on the day a package is announced), with numbered events. */
export function CumulativeAidChart({ data }: { data: CumulativeAidData }) {
  return (
    <StepAreaChart
      points={data.points.map((p) => ({ t: p.t, value: p.usd }))}
      valueName="Committed so far"
      kind="usd"
      markers={data.markers}
      domain={data.domain}
      ticks={data.ticks.map((t) => ({ t, label: monthTick.format(t) }))}
      axis={labelAxis(valueAxis(Math.max(...data.points.map((p) => p.usd))), formatUsdShort)}
      axisWidth={56}
      colour={OKABE_ITO.blue}
    />
  );
}
