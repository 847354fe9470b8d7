// Donors in one column, recipients in the other, each node as tall as the aid through it,
// each flow a band from its donor to its recipient with the same thickness at both ends.
// The graph never has more than these two columns (a party on both sides is two nodes),
// so this is the whole of a Sankey layout; d3-sankey's iterative placement is not needed.
// Runs on the server: the browser gets the shapes.

export interface FlowInput {
  /** Donors and recipients in the order to draw them, top down. */
  nodes: { name: string; side: 'donor' | 'recipient' }[];
  /** By index into `nodes`, from a donor to a recipient. */
  links: { source: number; target: number; value: number }[];
}

export interface PlacedNode {
  name: string;
  side: 'donor' | 'recipient';
  value: number;
  y0: number;
  y1: number;
}

export interface PlacedLink {
  source: PlacedNode;
  target: PlacedNode;
  value: number;
  /** The band's top and bottom where it leaves the donor, and where it reaches the recipient. */
  sy0: number;
  sy1: number;
  ty0: number;
  ty1: number;
}

/** Places the nodes and bands in a box `height` units tall, `gap` units between nodes. */
export function layoutFlows({ nodes, links }: FlowInput, height: number, gap: number) {
  const placed: PlacedNode[] = nodes.map((n) => ({ ...n, value: 0, y0: 0, y1: 0 }));
  const kept = links.filter((l) => l.value > 0 && placed[l.source] && placed[l.target]);
  for (const l of kept) {
    placed[l.source]!.value += l.value;
    placed[l.target]!.value += l.value;
  }
  const columns = (['donor', 'recipient'] as const).map((side) => placed.filter((n) => n.side === side && n.value > 0));
  // One scale for both columns, so a band is as thick where it arrives as where it leaves.
  const scale = Math.min(
    ...columns.map((col) => (height - gap * Math.max(0, col.length - 1)) / Math.max(1, col.reduce((s, n) => s + n.value, 0))),
  );
  for (const col of columns) {
    const used = col.reduce((s, n) => s + n.value * scale, 0) + gap * Math.max(0, col.length - 1);
    let y = (height - used) / 2;
    for (const n of col) {
      n.y0 = y;
      n.y1 = y + n.value * scale;
      y = n.y1 + gap;
    }
  }
  const bands: PlacedLink[] = kept.map((l) => ({ source: placed[l.source]!, target: placed[l.target]!, value: l.value, sy0: 0, sy1: 0, ty0: 0, ty1: 0 }));
  // Within a node, bands are stacked in the order of the node at their other end: no band
  // crosses another at the node it shares with it.
  const stack = (end: 'source' | 'target', other: 'source' | 'target') => {
    const offsets = new Map<PlacedNode, number>();
    for (const b of [...bands].sort((a, c) => a[other].y0 - c[other].y0)) {
      const node = b[end];
      const top = offsets.get(node) ?? node.y0;
      const bottom = top + b.value * scale;
      if (end === 'source') [b.sy0, b.sy1] = [top, bottom];
      else [b.ty0, b.ty1] = [top, bottom];
      offsets.set(node, bottom);
    }
  };
  stack('source', 'target');
  stack('target', 'source');
  return { nodes: columns.flat(), links: bands };
}

/** A band as a closed shape (not a thick stroke), so it stays true when the box is stretched. */
export function bandPath(b: PlacedLink, width: number): string {
  const mid = width / 2;
  const f = (n: number) => Number(n.toFixed(1));
  return (
    `M0,${f(b.sy0)} C${mid},${f(b.sy0)} ${mid},${f(b.ty0)} ${width},${f(b.ty0)} ` +
    `L${width},${f(b.ty1)} C${mid},${f(b.ty1)} ${mid},${f(b.sy1)} 0,${f(b.sy1)} Z`
  );
}
