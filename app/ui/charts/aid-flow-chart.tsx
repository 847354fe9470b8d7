import { FlowChart } from './flow-chart';
import { bandPath, layoutFlows, type FlowInput } from './flow-layout';
import { FLOW_COLOURS } from './palette';

export type AidFlowData = FlowInput;

// Laid out in units of the plot's height in px (the chart box less its padding), so the
// gaps between nodes are real pixels; the bands' box is stretched across the width.
const HEIGHT = 284;
const GAP = 16;
const WIDTH = 1000;
const pct = (y: number) => `${((y / HEIGHT) * 100).toFixed(2)}%`;

/** Committed aid from donors (left) to recipients (right), band widths in proportion to USD. */
export function AidFlowChart({ data }: { data: AidFlowData }) {
  const { nodes, links } = layoutFlows(data, HEIGHT, GAP);
  return (
    <FlowChart
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      colours={FLOW_COLOURS}
      bands={links.map((l) => ({ d: bandPath(l, WIDTH), source: nodes.indexOf(l.source), target: nodes.indexOf(l.target), value: l.value }))}
      nodes={nodes.map((n) => ({ name: n.name, side: n.side, top: pct(n.y0), height: pct(n.y1 - n.y0), value: n.value }))}
    />
  );
}
