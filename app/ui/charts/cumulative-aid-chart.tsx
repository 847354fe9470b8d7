import { formatDate, formatUsdExact, formatUsdShort } from '@/app/lib/format';
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

const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const monthTick = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The committed total in steps (it changes on the day a package is announced), with numbered events. */
export function CumulativeAidChart({ data }: { data: CumulativeAidData }) {
  const last = data.points.length - 1;
  return (
    <StepAreaChart
      // The first and last points only carry the steps to the axis's ends: nothing to say there.
      points={data.points.map((p, i) => ({
        t: p.t,
        value: p.usd,
        tip: i === 0 || i === last ? undefined : `${formatDate(isoOf(p.t))}\nCommitted so far: ${formatUsdExact(p.usd)}`,
      }))}
      markers={data.markers}
      domain={data.domain}
      ticks={data.ticks.map((t) => ({ t, label: monthTick.format(t) }))}
      axis={labelAxis(valueAxis(Math.max(...data.points.map((p) => p.usd))), formatUsdShort)}
      axisWidth={56}
      colour={OKABE_ITO.blue}
    />
  );
}
