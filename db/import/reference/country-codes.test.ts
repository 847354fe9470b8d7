import { describe, expect, it } from 'vitest';
import { isCountryCode } from '@/domain/validation/countries';
import { alpha2FromAlpha3, countryCode, countryName } from './country-codes';
import { ISO_COUNTRY_NAMES } from './country-names';

describe('countryCode', () => {
  it('knows every ISO 3166-1 country by its official English name', () => {
    expect(ISO_COUNTRY_NAMES).toHaveLength(249);
    for (const [code, official] of ISO_COUNTRY_NAMES) expect(countryCode(official)).toBe(code);
  });

  it('gives only codes the tracker accepts for a party', () => {
    for (const [code] of ISO_COUNTRY_NAMES) expect(isCountryCode(code!), code).toBe(true);
  });

  it('reads the spellings the lists use', () => {
    expect(countryCode('Russia')).toBe('RU');
    expect(countryCode('Iran')).toBe('IR');
    expect(countryCode('Burma')).toBe('MM');
    expect(countryCode('Korea, North')).toBe('KP');
    expect(countryCode("Democratic People's Republic of Korea")).toBe('KP');
    expect(countryCode('Democratic Republic of the Congo')).toBe('CD');
    expect(countryCode('Congo, Republic of the')).toBe('CG');
    expect(countryCode('Czech Republic')).toBe('CZ');
    expect(countryCode('Cote d Ivoire')).toBe('CI');
    expect(countryCode('Côte d’Ivoire')).toBe('CI');
    expect(countryCode('St. Kitts & Nevis')).toBe('KN');
    expect(countryCode('Bahamas (the)')).toBe('BS');
    expect(countryCode('  united states ')).toBe('US');
  });

  it('gives no code to places that are not ISO countries', () => {
    for (const name of [
      'West Bank',
      'Region: Gaza',
      'Kosovo',
      'undetermined',
      'Connecticut',
      '',
      undefined,
    ]) {
      expect(countryCode(name)).toBeUndefined();
    }
  });
});

describe('alpha2FromAlpha3 and countryName', () => {
  it('turn the alpha-3 codes FTS writes into alpha-2 codes and ISO names', () => {
    expect(alpha2FromAlpha3('PSE')).toBe('PS');
    expect(alpha2FromAlpha3('jor')).toBe('JO');
    expect(alpha2FromAlpha3('XXX')).toBeUndefined();
    expect(alpha2FromAlpha3('constructor')).toBeUndefined();
    expect(countryName('PS')).toBe('State of Palestine');
  });
});
