import { describe, expect, it } from 'vitest';
import type { ResolvedParams } from './params/resolve-params';
import type { ParamSpecs } from './params/search-params';
import {
  aidViewTitle,
  changeViewTitle,
  dateRange,
  overviewViewTitle,
  partyViewTitle,
  sanctionViewTitle,
  sourceViewTitle,
} from './view-titles';

const us = { id: 1, slug: 'united-states', name: 'United States' };
const ukraine = { id: 2, slug: 'ukraine', name: 'Ukraine' };

/** Resolved URL values as a page would have them. */
function resolved<S extends ParamSpecs>(
  values: ResolvedParams<S>['values'],
  parties: ResolvedParams<S>['parties'] = {},
): ResolvedParams<S> {
  return { values, parties, notices: [] };
}

describe('view titles', () => {
  it('says what an unfiltered list shows', () => {
    expect(aidViewTitle(resolved({}))).toBe('Aid');
    expect(sanctionViewTitle(resolved({}))).toBe('Sanctions');
    expect(partyViewTitle(resolved({}))).toBe('Parties');
  });

  it('puts the parties in the sentence and the other filters after it', () => {
    expect(
      aidViewTitle(
        resolved(
          { category: 'military', status: 'committed', from: '2022-01-01', to: '2023-12-31', q: 'tank' },
          { donor: us, recipient: ukraine },
        ),
      ),
    ).toBe(
      'Aid from United States to Ukraine, category: Military, status: Committed (approved to delivered), 2022–2023, matching “tank”',
    );
    expect(sanctionViewTitle(resolved({ measure: 'asset_freeze', status: 'imposed' }, { imposer: us }))).toBe(
      'Sanctions by United States, measure: Asset freeze, status: Imposed',
    );
    expect(overviewViewTitle(resolved({ from: '2022-03-01' }, { party: ukraine }))).toBe(
      'Overview of Ukraine, from 1 Mar 2022',
    );
    expect(changeViewTitle(resolved({ kind: 'sanctions', since: '2026-12-01' }))).toBe(
      'Changes to sanctions, from 1 Dec 2026',
    );
    expect(sourceViewTitle(resolved({ language: 'fr' }))).toBe('Sources, language: French');
  });

  it('reads whole years as years, and other ranges as days', () => {
    expect(dateRange('2022-01-01', '2022-12-31')).toBe('2022');
    expect(dateRange(undefined, '2023-12-31')).toBe('until 2023');
    expect(dateRange('2022-03-01', '2022-06-30')).toBe('1 Mar 2022 – 30 Jun 2022');
    expect(dateRange('2022-03-01', '2022-03-01')).toBe('1 Mar 2022');
    expect(dateRange(undefined, undefined)).toBeUndefined();
  });
});
