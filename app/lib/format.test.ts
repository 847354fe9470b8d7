import { describe, expect, it } from 'vitest';
import {
  formatCountShort,
  formatPeriod,
  formatDate,
  formatLanguage,
  formatUsd,
  formatUsdExact,
  formatUsdShort,
  formatVocabulary,
  pluralize,
} from './format';

describe('format', () => {
  it('writes amounts the way an article would, with the exact figure available', () => {
    expect(formatUsd(13_600_000_000)).toBe('$13.6 billion');
    expect(formatUsd(200_000_000)).toBe('$200 million');
    expect(formatUsd(13_800_000_000)).toBe('$13.8 billion');
    expect(formatUsdExact(13_600_000_000)).toBe('$13,600,000,000');
  });

  it('writes chart ticks short, with no trailing zero on round values', () => {
    expect([0, 2e9, 13.6e9, 14e9, 5e8].map(formatUsdShort)).toEqual(['$0', '$2B', '$13.6B', '$14B', '$500M']);
  });

  it('never shows an unknown amount as $0', () => {
    expect(formatUsd(null)).toBe('amount not disclosed');
    expect(formatUsdExact(undefined)).toBe('amount not disclosed');
    expect(formatUsd(0)).toBe('$0');
  });

  it('writes dates in one readable form, whatever the server time zone', () => {
    expect(formatDate('2022-03-10')).toBe('10 Mar 2022');
    expect(formatDate(null)).toBe('date unknown');
  });

  it('names vocabulary and languages in plain English', () => {
    expect(formatVocabulary('asset_freeze')).toBe('Asset freeze');
    expect(formatLanguage('fr')).toBe('French');
  });

  it('groups the digits of counts, as every other figure on screen', () => {
    expect(pluralize(1, 'package')).toBe('1 package');
    expect(pluralize(7710, 'package')).toBe('7,710 packages');
    expect(pluralize(1_000_000, 'entry', 'entries')).toBe('1,000,000 entries');
    // On chart axes, short enough for the axis's width.
    expect([350, 1_400, 25_000, 1_250_000].map(formatCountShort)).toEqual(['350', '1.4K', '25K', '1.3M']);
  });

  it('names months and leaves years as they are', () => {
    expect(formatPeriod('2022-02')).toBe('Feb 2022');
    expect(formatPeriod('2022')).toBe('2022');
  });
});
