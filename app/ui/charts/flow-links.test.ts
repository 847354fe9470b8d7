import { describe, expect, it } from 'vitest';
import { flowLinks } from './flow-links';

describe('flows as the Sankey chart takes them', () => {
  it('gives a party on both sides of the flows two nodes, so no flow loops back', () => {
    const data = flowLinks([
      { donor: 'United States', recipient: 'Ukraine', usd: 10 },
      { donor: 'Ukraine', recipient: 'United States', usd: 5 },
      { donor: 'United States', recipient: 'Moldova', usd: 2 },
    ]);
    expect(data.nodes).toEqual([
      { name: 'United States', side: 'donor' },
      { name: 'Ukraine', side: 'donor' },
      { name: 'Ukraine', side: 'recipient' },
      { name: 'United States', side: 'recipient' },
      { name: 'Moldova', side: 'recipient' },
    ]);
    expect(data.links).toEqual([
      { source: 0, target: 2, value: 10 },
      { source: 1, target: 3, value: 5 },
      { source: 0, target: 4, value: 2 },
    ]);
  });
});
