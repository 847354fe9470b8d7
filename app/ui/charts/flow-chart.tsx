import { bandPath, layoutFlows, type FlowInput } from './flow-layout';
import styles from './plot.module.css';

interface Props {
  data: FlowInput;
  colours: { donor: string; recipient: string };
  /** Says what a node or band holds when pointed at: `$13,600,000,000`. */
  format: (value: number) => string;
}

// Laid out in units of the plot's height in px (the chart box less its padding), so the
// gaps between nodes are real pixels; the bands' box is stretched across the width.
const HEIGHT = 284;
const GAP = 16;
const WIDTH = 1000;
const pct = (y: number) => `${((y / HEIGHT) * 100).toFixed(2)}%`;

/** Committed aid from donors (left) to recipients (right), band widths in proportion; drawn on the server. */
export function FlowChart({ data, colours, format }: Props) {
  const { nodes, links } = layoutFlows(data, HEIGHT, GAP);
  return (
    <div className={styles.flows} data-chart="flows">
      <svg className={styles.bands} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
        {links.map((l, i) => (
          <path
            key={i}
            d={bandPath(l, WIDTH)}
            fill={colours.donor}
            data-mark="flow"
            data-tip={`${l.source.name} → ${l.target.name}\n${format(l.value)}`}
          />
        ))}
      </svg>
      {nodes.map((n, i) => (
        <span
          key={i}
          className={styles.node}
          data-side={n.side}
          data-mark="node"
          data-tip={`${n.name}\n${n.side === 'donor' ? 'Gave' : 'Received'} ${format(n.value)}`}
          style={{ top: pct(n.y0), height: pct(n.y1 - n.y0), background: colours[n.side] }}
        >
          <span className={styles.nodeName}>{n.name}</span>
        </span>
      ))}
    </div>
  );
}
