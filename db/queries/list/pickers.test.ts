import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '../../testing/app-database';
import { searchParties } from './pickers';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

describe('searchParties (admin pickers and public filter suggestions)', () => {
  it('answers with the name, the slug the URL filters take, and a readable kind', () => {
    const found = searchParties('unit');
    expect(found.map((p) => p.slug)).toEqual(['united-kingdom', 'united-states']);
    expect(found[1]).toEqual({
      id: expect.any(Number),
      slug: 'united-states',
      label: 'United States',
      detail: 'State · US',
    });
    expect(searchParties('european')[0]?.detail).toBe('Bloc');
    expect(searchParties('russian')[0]?.detail).toBe('Company group · RU');
  });

  it('matches slugs too, names starting with the text first, and takes wildcards literally', () => {
    expect(searchParties('vladimir-p').map((p) => p.label)).toEqual(['Vladimir Putin']);
    expect(searchParties('russia').map((p) => p.label)).toEqual([
      'Russia',
      'Russian businesses',
      'Government of Russia',
    ]);
    expect(searchParties('%')).toEqual([]);
  });
});
