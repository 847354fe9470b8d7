// What a listing on the UN Security Council Consolidated List means, by list type
// (UN_LIST_TYPE): the resolution that set up the regime, and the measures its resolutions
// apply to every individual and every entity designated under it, as each sanctions
// committee states them (https://main.un.org/securitycouncil/en/sanctions/information).
// A travel ban binds people only. Where an entry's own comments name the measures it is
// listed for ("Listed pursuant to paragraph 15 of resolution 1970 (Travel Ban)"), those win:
// some regimes list people for one measure only (Libya), or entities for an arms embargo only
// (the Houthis, YEe.001). Checked against the committees' pages: Yemen's targeted arms
// embargo binds only those designated under paragraph 14 of resolution 2216 (2015), so it
// comes from the entry's comments, not the regime; Iraq's 1518 list is an assets freeze
// (its arms embargo is on the state, not the listed).

import type { SanctionMeasure } from '@/domain/vocabulary';

export interface UnRegime {
  /** The resolution that set the regime up, as `1533 (2004)`. */
  resolution: string;
  individual: SanctionMeasure[];
  entity: SanctionMeasure[];
}

const FREEZE: SanctionMeasure = 'asset_freeze';
const TRAVEL: SanctionMeasure = 'travel_ban';
const ARMS: SanctionMeasure = 'arms_embargo';

export const UN_REGIMES: Record<string, UnRegime> = {
  'Al-Qaida': { resolution: '1267 (1999)', individual: [FREEZE, TRAVEL, ARMS], entity: [FREEZE, ARMS] },
  Taliban: { resolution: '1988 (2011)', individual: [FREEZE, TRAVEL, ARMS], entity: [FREEZE, ARMS] },
  Somalia: { resolution: '751 (1992)', individual: [FREEZE, TRAVEL, ARMS], entity: [FREEZE, ARMS] },
  Haiti: { resolution: '2653 (2022)', individual: [FREEZE, TRAVEL, ARMS], entity: [FREEZE, ARMS] },
  Iraq: { resolution: '1518 (2003)', individual: [FREEZE], entity: [FREEZE] },
  DRC: { resolution: '1533 (2004)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  Sudan: { resolution: '1591 (2005)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  DPRK: { resolution: '1718 (2006)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  Iran: { resolution: '1737 (2006)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  Libya: { resolution: '1970 (2011)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  CAR: { resolution: '2127 (2013)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  Yemen: { resolution: '2140 (2014)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  SouthSudan: { resolution: '2206 (2015)', individual: [FREEZE, TRAVEL], entity: [FREEZE] },
  // Guinea-Bissau: a travel ban, and nothing else.
  GB: { resolution: '2048 (2012)', individual: [TRAVEL], entity: [] },
};

const STATED_MEASURES: Record<string, SanctionMeasure> = {
  'travel ban': TRAVEL,
  'asset freeze': FREEZE,
  'arms embargo': ARMS,
};

/** Measures an entry's comments name in parentheses: "(Travel Ban)", "(Travel Ban, Asset Freeze)", "(targeted arms embargo)". */
export function statedMeasures(comments: string): SanctionMeasure[] {
  const found = new Set<SanctionMeasure>();
  for (const [, inside] of comments.matchAll(/\(([^()]*)\)/g)) {
    const names = inside!
      .trim()
      .toLowerCase()
      .split(/\s*(?:,|\band\b)\s*/)
      .map((name) => name.replace(/^targeted\s+/, '').replace(/\s+/g, ' '));
    const measures = names.map((name) => STATED_MEASURES[name]);
    // Only a parenthesis that holds nothing but measures states them.
    if (measures.every(Boolean)) for (const measure of measures) found.add(measure!);
  }
  return [...found];
}

/** "UN Security Council resolution 2048 (2012)": the resolutions the comments list it under, else the regime's. */
export function legalBasis(comments: string, regime: UnRegime): string {
  // Keyed by number: one resolution can be named twice, with its year and without.
  const stated = new Map<string, string>();
  for (const match of comments.matchAll(
    /pursuant to (?:paragraphs?\s+\d+(?:\s*(?:,|and)\s*\d+)*\s+of\s+)?resolution\s+(\d{3,4})(\s*\(\d{4}\))?/gi,
  )) {
    const [, number, year] = match;
    if (year || !stated.has(number!)) stated.set(number!, year ? `${number} ${year.trim()}` : number!);
  }
  const resolutions = stated.size > 0 ? [...stated.values()] : [regime.resolution];
  const joined =
    resolutions.length > 1
      ? `${resolutions.slice(0, -1).join(', ')} and ${resolutions.at(-1)}`
      : resolutions[0];
  return `UN Security Council resolution${resolutions.length > 1 ? 's' : ''} ${joined}`;
}
