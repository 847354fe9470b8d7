import { describe, expect, it } from 'vitest';
import { formatCountry } from './country';

describe('formatCountry', () => {
  it('names ISO 3166 codes from the platform’s data', () => {
    expect(formatCountry('US')).toBe('United States');
    expect(formatCountry('GB')).toBe('United Kingdom');
  });

  it('shows what it cannot name as it is, and nothing for no code', () => {
    expect(formatCountry('XX')).toBe('XX');
    expect(formatCountry('usa')).toBe('usa');
    expect(formatCountry(null)).toBeNull();
  });
});
