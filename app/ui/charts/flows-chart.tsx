'use client';

import { useMemo, useState } from 'react';
import {
  Layer,
  Rectangle,
  Sankey,
  Tooltip,
  type SankeyLinkProps,
  type SankeyNodeProps,
  type TooltipContentProps,
} from 'recharts';
import { formatUsdExact } from '@/app/lib/format';
import { ChartContainer } from './chart';
import styles from './chart.module.css';
import { flowLinks, type FlowLinks, type FlowRow } from './flow-links';

export interface FlowsChartProps {
  /** The flows, as the chart's table lists them; a band each, from its donor to its recipient. */
  data: FlowRow[];
  colours: { donor: string; recipient: string };
}

type FlowNode = FlowLinks['nodes'][number] & { value?: number };

/** A donor's or recipient's bar, its name beside it on the inner side. */
function FlowNodeMark({
  x,
  y,
  width,
  height,
  payload,
  colours,
}: SankeyNodeProps & { colours: FlowsChartProps['colours'] }) {
  const node = payload as unknown as FlowNode;
  const donor = node.side === 'donor';
  return (
    <Layer>
      <Rectangle
        x={x}
        y={y}
        width={width}
        height={Math.max(1, height)}
        fill={colours[node.side]}
        fillOpacity={1}
      />
      <text
        x={donor ? x + width + 6 : x - 6}
        y={y + height / 2}
        dy="0.35em"
        textAnchor={donor ? 'start' : 'end'}
        fontSize={12}
        fill="#1f2328"
        paintOrder="stroke"
        stroke="#fff"
        strokeWidth={3}
      >
        {node.name}
      </text>
    </Layer>
  );
}

/** A flow's band, drawn as Recharts draws it, stronger while the keyboard has chosen it. */
function FlowBand({
  sourceX,
  sourceY,
  sourceControlX,
  targetX,
  targetY,
  targetControlX,
  linkWidth,
  index,
  chosen,
  colour,
}: SankeyLinkProps & { chosen: number | null; colour: string }) {
  return (
    <path
      className="recharts-sankey-link"
      d={`M${sourceX},${sourceY}C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      stroke={colour}
      strokeWidth={linkWidth}
      strokeOpacity={index === chosen ? 0.65 : 0.3}
    />
  );
}

/** `United States → Ukraine` and the flow's exact figure, or a node's name and what it gave or received. */
function FlowTooltip({ active, payload }: Partial<TooltipContentProps<number, string>>) {
  const item = payload?.[0];
  if (!active || !item) return null;
  // Recharts wraps what is pointed at (a node, or a link with its two nodes) in `payload`.
  type Pointed = { source?: FlowNode; target?: FlowNode } & FlowNode;
  const entry = item.payload as { payload?: Pointed } & Pointed;
  const data = entry.payload ?? entry;
  const link = typeof data.source === 'object' && typeof data.target === 'object';
  return (
    <FlowFigure
      role="tooltip"
      title={link ? `${data.source!.name} → ${data.target!.name}` : data.name}
      figure={`${link ? '' : data.side === 'donor' ? 'Gave ' : 'Received '}${formatUsdExact(Number(item.value))}`}
    />
  );
}

/** A flow's or a party's figure in the tooltip's look: for the pointer, or for the keyboard. */
function FlowFigure({
  role,
  title,
  figure,
  className = '',
}: {
  role: 'tooltip' | 'status';
  title: string;
  figure: string;
  className?: string;
}) {
  return (
    <div className={`${styles.tooltip} ${className}`} role={role}>
      <div className={styles.tooltipTitle}>{title}</div>
      {figure}
    </div>
  );
}

/** Committed aid from donors (left) to recipients (right), band widths in proportion to USD. */
export function FlowsChart({ data, colours }: FlowsChartProps) {
  const links = useMemo(() => flowLinks(data), [data]);
  // Recharts steps through marks with the arrow keys on charts with an axis only: here the
  // keys choose a flow, whose band is drawn stronger and whose figures are said beside it.
  const [flow, setFlow] = useState<number | null>(null);
  const chosen = flow === null ? undefined : data[flow];
  const step = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const n = links.links.length;
    const by = event.key === 'ArrowRight' ? 1 : -1;
    setFlow((i) => (i === null ? (by > 0 ? 0 : n - 1) : (i + by + n) % n));
  };
  return (
    <div className={styles.keys} onKeyDown={step} onBlur={() => setFlow(null)}>
      <ChartContainer series={[]} kind="usd">
        <Sankey
          data={links}
          node={(props: SankeyNodeProps) => <FlowNodeMark {...props} colours={colours} />}
          link={(props: SankeyLinkProps) => <FlowBand {...props} chosen={flow} colour={colours.donor} />}
          nodeWidth={12}
          nodePadding={16}
          sort={false}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <Tooltip content={<FlowTooltip />} isAnimationActive={false} />
        </Sankey>
      </ChartContainer>
      {chosen && (
        <FlowFigure
          role="status"
          className={styles.chosen}
          title={`${chosen.donor} → ${chosen.recipient}`}
          figure={formatUsdExact(chosen.usd)}
        />
      )}
    </div>
  );
}
