import { formatUsdExact } from '@/app/lib/format';
import { FlowChart } from './flow-chart';
import type { FlowInput } from './flow-layout';
import { FLOW_COLOURS } from './palette';

export type AidFlowData = FlowInput;

/** Committed aid from donors (left) to recipients (right), band widths in proportion to USD. */
export function AidFlowChart({ data }: { data: AidFlowData }) {
  return <FlowChart data={data} colours={FLOW_COLOURS} format={formatUsdExact} />;
}
