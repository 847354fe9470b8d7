/** A flow as the table lists it: who gave, who received, and how much (USD). */
export type FlowRow = { donor: string; recipient: string; usd: number };

/** Flows as a Sankey chart takes them: donors and recipients, and links between them by index. */
export interface FlowLinks {
  /** Donors and recipients in the order to draw them, top down. */
  nodes: { name: string; side: 'donor' | 'recipient' }[];
  /** By index into `nodes`, from a donor to a recipient. */
  links: { source: number; target: number; value: number }[];
}

/**
 * Donor nodes first, then recipients, each once; links by index into them. A party on both
 * sides is two nodes, so no flow loops back.
 */
export function flowLinks(flows: FlowRow[]): FlowLinks {
  const nodes: FlowLinks['nodes'] = [];
  const index = new Map<string, number>();
  const nodeOf = (side: 'donor' | 'recipient', name: string) => {
    const id = `${side}:${name}`;
    let i = index.get(id);
    if (i === undefined) {
      i = nodes.push({ name, side }) - 1;
      index.set(id, i);
    }
    return i;
  };
  for (const f of flows) nodeOf('donor', f.donor);
  for (const f of flows) nodeOf('recipient', f.recipient);
  return {
    nodes,
    links: flows.map((f) => ({
      source: nodeOf('donor', f.donor),
      target: nodeOf('recipient', f.recipient),
      value: f.usd,
    })),
  };
}
