'use client';

import { formatUsdExact } from '@/app/lib/format';
import styles from './plot.module.css';
import { useRunning } from './use-running';

export interface FlowNodeMark {
  name: string;
  side: 'donor' | 'recipient';
  /** Top and height in percent of the plot. */
  top: string;
  height: string;
  /** USD given or received. */
  value: number;
}

interface Props {
  nodes: FlowNodeMark[];
  /** Each band's closed shape in the plot's box (`viewBox`), its nodes by index and its USD. */
  bands: { d: string; source: number; target: number; value: number }[];
  viewBox: string;
  colours: { donor: string; recipient: string };
}

/** Flows from donors (left) to recipients (right), laid out on the server (flow-layout.ts); rendered there too, as the bar rows. */
export function FlowChart({ nodes, bands, viewBox, colours }: Props) {
  const running = useRunning();
  return (
    <div className={styles.flows} data-chart="flows">
      <svg className={styles.bands} viewBox={viewBox} preserveAspectRatio="none" aria-hidden="true">
        {bands.map((b, i) => (
          <path
            key={i}
            d={b.d}
            fill={colours.donor}
            data-mark="flow"
            data-tip={running ? `${nodes[b.source]?.name} → ${nodes[b.target]?.name}\n${formatUsdExact(b.value)}` : undefined}
          />
        ))}
      </svg>
      {nodes.map((n, i) => (
        <span
          key={i}
          className={styles.node}
          data-side={n.side}
          data-mark="node"
          data-tip={running ? `${n.name}\n${n.side === 'donor' ? 'Gave' : 'Received'} ${formatUsdExact(n.value)}` : undefined}
          style={{ top: n.top, height: n.height, background: colours[n.side] }}
        >
          <span className={styles.nodeName}>{n.name}</span>
        </span>
      ))}
    </div>
  );
}
