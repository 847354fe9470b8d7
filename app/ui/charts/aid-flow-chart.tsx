'use client';

import { Layer, Rectangle, ResponsiveContainer, Sankey, Tooltip, type SankeyNodeProps } from 'recharts';
import { formatUsdExact } from '@/app/lib/format';
import { FLOW_COLOURS } from './palette';

export interface AidFlowData {
  /** Donors first, then recipients: a party on both sides appears twice, so flows never loop. */
  nodes: { name: string; side: 'donor' | 'recipient' }[];
  links: { source: number; target: number; value: number }[];
}

/** Committed aid from donors (left) to recipients (right), band widths in proportion to USD. */
export function AidFlowChart({ data }: { data: AidFlowData }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Sankey
        data={data}
        node={FlowNode}
        nodePadding={16}
        nodeWidth={12}
        link={{ stroke: FLOW_COLOURS.donor, strokeOpacity: 0.25 }}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        iterations={32}
      >
        <Tooltip formatter={(value) => formatUsdExact(Number(value))} />
      </Sankey>
    </ResponsiveContainer>
  );
}

/** A node with its name beside it, on the side its flows leave or arrive (donors' right, recipients' left). */
function FlowNode({ x, y, width, height, payload }: SankeyNodeProps) {
  const donor = (payload as unknown as { side: string }).side === 'donor';
  return (
    <Layer>
      <Rectangle
        className="recharts-sankey-node"
        x={x}
        y={y}
        width={width}
        height={height}
        fill={donor ? FLOW_COLOURS.donor : FLOW_COLOURS.recipient}
      />
      <text
        x={donor ? x + width + 6 : x - 6}
        y={y + height / 2}
        textAnchor={donor ? 'start' : 'end'}
        dominantBaseline="central"
        fontSize={12}
        fill="#1b1f24"
      >
        {payload.name}
      </text>
    </Layer>
  );
}
