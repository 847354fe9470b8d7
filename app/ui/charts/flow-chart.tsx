'use client';

import styles from './plot.module.css';

export interface FlowNodeMark {
  name: string;
  side: 'donor' | 'recipient';
  /** Top and height in percent of the plot. */
  top: string;
  height: string;
  tip: string;
}

interface Props {
  nodes: FlowNodeMark[];
  /** Each band's closed shape in the plot's box (`viewBox`), and what pointing at it says. */
  bands: { d: string; tip: string }[];
  viewBox: string;
  colours: { donor: string; recipient: string };
}

/** Flows from donors (left) to recipients (right), laid out on the server (flow-layout.ts); rendered there too, as the bar rows. */
export function FlowChart({ nodes, bands, viewBox, colours }: Props) {
  return (
    <div className={styles.flows} data-chart="flows">
      <svg className={styles.bands} viewBox={viewBox} preserveAspectRatio="none" aria-hidden="true">
        {bands.map((b, i) => (
          <path key={i} d={b.d} fill={colours.donor} data-mark="flow" data-tip={b.tip} />
        ))}
      </svg>
      {nodes.map((n, i) => (
        <span
          key={i}
          className={styles.node}
          data-side={n.side}
          data-mark="node"
          data-tip={n.tip}
          style={{ top: n.top, height: n.height, background: colours[n.side] }}
        >
          <span className={styles.nodeName}>{n.name}</span>
        </span>
      ))}
    </div>
  );
}
