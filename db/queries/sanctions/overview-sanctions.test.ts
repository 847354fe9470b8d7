import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '../../testing/app-database';
import {
  listSanctionCountsByImposer,
  listSanctionCountsByMeasure,
  listSanctionCountsByTargetKind,
  listSanctionsOverTime,
} from './overview-sanctions';
import { findPartiesBySlugs } from '../parties/party-lookup';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

const pick = <T extends { byStatus: { imposed: number; threatened: number } }>(
  rows: T[],
  name: (r: T) => string,
) => rows.map((r) => [name(r), r.byStatus.imposed, r.byStatus.threatened]);

describe('sanction charts on the reference data', () => {
  it('counts 3 imposed by each of US, EU, UK, and the US threat', () => {
    expect(pick(listSanctionCountsByImposer({}), (r) => r.name)).toEqual([
      ['United States', 3, 1],
      ['European Union', 3, 0],
      ['United Kingdom', 3, 0],
    ]);
  });

  it('counts by target kind: government 3, company group 3, person 3, state 1 (threat)', () => {
    expect(pick(listSanctionCountsByTargetKind({}), (r) => r.key)).toEqual([
      ['state', 0, 1],
      ['government', 3, 0],
      ['company_group', 3, 0],
      ['person', 3, 0],
    ]);
  });

  it('counts by measure: economic 9, other 1', () => {
    expect(listSanctionCountsByMeasure({}).map((r) => [r.key, r.total])).toEqual([
      ['economic', 9],
      ['other', 1],
    ]);
  });

  it('counts by month: 9 imposed in Feb 2022, 1 threatened in Mar 2022', () => {
    expect(listSanctionsOverTime({})).toEqual({
      bin: 'month',
      points: [
        {
          key: '2022-02',
          label: '2022-02',
          byStatus: { threatened: 0, proposed: 0, imposed: 9, suspended: 0, lifted: 0 },
          total: 9,
        },
        {
          key: '2022-03',
          label: '2022-03',
          byStatus: { threatened: 1, proposed: 0, imposed: 0, suspended: 0, lifted: 0 },
          total: 1,
        },
      ],
    });
  });

  it('follows the filter: the US from March 2022 leaves only the threat on China', () => {
    const filter = {
      partyId: findPartiesBySlugs(['united-states']).get('united-states')?.id,
      from: '2022-03-01',
    };
    expect(pick(listSanctionCountsByImposer(filter), (r) => r.name)).toEqual([['United States', 0, 1]]);
    expect(pick(listSanctionCountsByTargetKind(filter), (r) => r.key)).toEqual([['state', 0, 1]]);
    expect(listSanctionCountsByMeasure({ measure: 'economic' }).map((r) => r.key)).toEqual(['economic']);
    expect(listSanctionsOverTime({ to: '2022-01-31' }).points).toEqual([]);
  });
});
