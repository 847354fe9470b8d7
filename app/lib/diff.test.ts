import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff';

const names = {
  parties: { 1: 'United States', 3: 'European Union', 6: 'Ukraine' },
  sources: { 1: 'La Russie a demandé…' },
};

describe('diffSnapshots', () => {
  it('lists only the fields that changed, with the form’s labels', () => {
    const before = {
      id: 5,
      version: 1,
      title: 'Old',
      measure: 'asset_freeze',
      legalBasis: null,
      updatedAt: 'a',
    };
    const after = {
      id: 5,
      version: 2,
      title: 'New',
      measure: 'travel_ban',
      legalBasis: 'EO 14024',
      updatedAt: 'b',
    };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'Title', before: 'Old', after: 'New' },
      { field: 'Measure', before: 'Asset freeze', after: 'Travel ban' },
      { field: 'Legal basis', before: '—', after: 'EO 14024' },
    ]);
  });

  it('shows parties and sources by name when their names are known, by number otherwise', () => {
    const before = { imposingId: 1, partyIds: [1, 6], citations: [{ sourceId: 1, quote: 'q' }] };
    const after = { imposingId: 3, partyIds: [6], citations: [{ sourceId: 2, quote: 'q' }] };
    expect(diffSnapshots(before, after, names)).toEqual([
      { field: 'Imposing party', before: 'United States', after: 'European Union' },
      { field: 'Parties involved', before: 'United States, Ukraine', after: 'Ukraine' },
      { field: 'Sources', before: 'La Russie a demandé…: “q”', after: 'source #2: “q”' },
    ]);
    expect(diffSnapshots({ parentId: null }, { parentId: 9 })).toEqual([
      { field: 'Part of', before: '—', after: 'party #9' },
    ]);
  });
});
