import { describe, expect, it } from 'vitest';
import { bandPath, layoutFlows } from './flow-layout';

const donor = (name: string) => ({ name, side: 'donor' as const });
const recipient = (name: string) => ({ name, side: 'recipient' as const });

describe('flow layout', () => {
  // United States and EU give to Ukraine; the United States also to Syria.
  const input = {
    nodes: [donor('United States'), donor('EU'), recipient('Ukraine'), recipient('Syria')],
    links: [
      { source: 0, target: 2, value: 60 },
      { source: 1, target: 2, value: 30 },
      { source: 0, target: 3, value: 10 },
    ],
  };

  it('sizes each node by the aid through it, on one scale for both columns', () => {
    const { nodes } = layoutFlows(input, 110, 10);
    const height = (name: string, side: string) => {
      const n = nodes.find((x) => x.name === name && x.side === side)!;
      return n.y1 - n.y0;
    };
    // The taller column (two nodes, one gap) fills the box: 100 units for 100 of aid.
    expect(height('United States', 'donor')).toBeCloseTo(70);
    expect(height('EU', 'donor')).toBeCloseTo(30);
    expect(height('Ukraine', 'recipient')).toBeCloseTo(90);
    expect(height('Syria', 'recipient')).toBeCloseTo(10);
    expect(nodes.map((n) => n.y0)).toEqual([0, 80, 0, 100]);
  });

  it('gives every band the same thickness at both ends, stacked without overlap in each node', () => {
    const { links } = layoutFlows(input, 110, 10);
    for (const l of links) {
      expect(l.sy1 - l.sy0).toBeCloseTo(l.value);
      expect(l.ty1 - l.ty0).toBeCloseTo(l.value);
      expect(l.sy0).toBeGreaterThanOrEqual(l.source.y0);
      expect(l.sy1).toBeLessThanOrEqual(l.source.y1 + 1e-9);
    }
    const intoUkraine = links.filter((l) => l.target.name === 'Ukraine').sort((a, b) => a.ty0 - b.ty0);
    // Ordered as their donors are: the United States' band above the EU's.
    expect(intoUkraine.map((l) => [l.source.name, l.ty0, l.ty1])).toEqual([
      ['United States', 0, 60],
      ['EU', 60, 90],
    ]);
    const fromUs = links.filter((l) => l.source.name === 'United States').sort((a, b) => a.sy0 - b.sy0);
    expect(fromUs.map((l) => l.target.name)).toEqual(['Ukraine', 'Syria']);
  });

  it('fits both columns in the box: the one with more gaps sets the scale', () => {
    // One donor, three recipients: two gaps on the right leave 80 units for 100 of aid.
    const { nodes } = layoutFlows(
      {
        nodes: [donor('A'), recipient('X'), recipient('Y'), recipient('Z')],
        links: [1, 2, 3].map((target) => ({ source: 0, target, value: [50, 30, 20][target - 1]! })),
      },
      100,
      10,
    );
    for (const n of nodes) {
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(100 + 1e-9);
    }
    expect(nodes.map((n) => [n.name, n.y1 - n.y0])).toEqual([
      ['A', 80],
      ['X', 40],
      ['Y', 24],
      ['Z', 16],
    ]);
  });

  it('centres a shorter column and drops nodes and bands with nothing in them', () => {
    const { nodes, links } = layoutFlows(
      { nodes: [donor('A'), donor('Idle'), recipient('B')], links: [{ source: 0, target: 2, value: 5 }, { source: 1, target: 2, value: 0 }] },
      100,
      10,
    );
    expect(nodes.map((n) => n.name)).toEqual(['A', 'B']);
    expect(links).toHaveLength(1);
    expect([nodes[0]!.y0, nodes[0]!.y1]).toEqual([0, 100]);
  });

  it('draws a band as a closed shape from the donor edge to the recipient edge', () => {
    const { links } = layoutFlows(input, 110, 10);
    const path = bandPath(links[0]!, 1000);
    expect(path).toMatch(/^M0,0 C500,0 500,0 1000,0 L1000,60 C500,60 500,60 0,60 Z$/);
  });
});
