// What the Remarks cell of an OFAC SDN row says in a form the tracker can use: aliases,
// identity and registration numbers, nationality. The remarks are a `; `-separated run of
// "Label value" items ("Passport P0017003 (Belize)", "alt. Tax ID No. 52-2083095 (United
// States)", "a.k.a. 'HESA'", "nationality Russia"); an item this file does not know stays in
// the party's description only, where the whole remark is kept anyway.

import type { ImportedAlias, ImportedIdentifier, ImportedPartyKind } from '../records';
import { countryCode } from '../reference/country-codes';

export interface RemarkFacts {
  aliases: ImportedAlias[];
  identifiers: ImportedIdentifier[];
  /** Country names as written after "nationality", "citizen", "Nationality of Registration". */
  nationalities: string[];
  citizenships: string[];
  registrations: string[];
}

/**
 * Identifier labels and the scheme each means; `null` marks a label read so that a shorter
 * one does not take it ("Company Number IMO" is an IMO company number, not a ship's, and not
 * a company register's). Longest labels are tried first.
 */
const LABELS: Record<string, string | null> = {
  'Vessel Registration Identification IMO': 'imo',
  'Identification Number IMO': 'imo',
  'Company Number IMO': null,
  Passport: 'passport',
  'Diplomatic Passport': 'passport',
  'Passport Booklet': 'passport',
  'National ID No.': 'national-id',
  'Cedula No.': 'national-id',
  'C.U.R.P.': 'national-id',
  'C.U.R.P. #': 'national-id',
  'D.N.I.': 'national-id',
  SSN: 'national-id',
  'Personal ID Card': 'national-id',
  'Kenyan ID No.': 'national-id',
  'Turkish Identification Number': 'national-id',
  'Numero de Identidad': 'national-id',
  'Tazkira National ID Card': 'national-id',
  'National Foreign ID Number': 'national-id',
  'C.U.I.': 'national-id',
  'Tax ID No.': 'tax-id',
  'NIT #': 'tax-id',
  'R.F.C.': 'tax-id',
  'R.F.C. #': 'tax-id',
  RFC: 'tax-id',
  'RUC #': 'tax-id',
  'RIF #': 'tax-id',
  'V.A.T. Number': 'tax-id',
  'Italian Fiscal Code': 'tax-id',
  'US FEIN': 'tax-id',
  'C.U.I.T.': 'tax-id',
  RTN: 'tax-id',
  'C.I.F.': 'tax-id',
  'Numero Unico de Identificacao Tributaria (NUIT)': 'tax-id',
  'Registration Number': 'registration',
  'Registration ID': 'registration',
  'Business Registration Number': 'registration',
  'Business Registration Document #': 'registration',
  'Company Number': 'registration',
  'UK Company Number': 'registration',
  'Commercial Registry Number': 'registration',
  'Public Registration Number': 'registration',
  'Folio Mercantil No.': 'registration',
  'Matricula Mercantil No': 'registration',
  'C.R. No.': 'registration',
  'Chamber of Commerce Number': 'registration',
  'Certificate of Incorporation Number': 'registration',
  'Trade License No.': 'registration',
  'Enterprise Number': 'registration',
  'Business Number': 'registration',
  'Unified Social Credit Code (USCC)': 'registration',
  'United Social Credit Code Certificate (USCCC)': 'registration',
  'Registered Charity No.': 'registration',
  'Legal Entity Number': 'registration',
  // A person's "Identification Number" is an identity card's; an organisation's, a register's.
  'Identification Number': 'national-id',
};
const LABELS_LONGEST_FIRST = Object.keys(LABELS).sort((a, b) => b.length - a.length);

/** An ISO 17442 Legal Entity Identifier: 18 letters or digits and two check digits. */
const LEI = /^[A-Z0-9]{18}[0-9]{2}$/;

const ALIAS = /^([afn])\.k\.a\.\s+'/i;

/** The items of a remark: split at "; ", the closing full stop and any "alt. " dropped. */
export function remarkItems(remarks: string): string[] {
  return remarks
    .trim()
    .replace(/\.$/, '')
    .split(/;\s+/)
    .map((item) => item.trim().replace(/^alt\.\s+/i, ''))
    .filter(Boolean);
}

function aliasIn(item: string): string | undefined {
  const opening = item.match(ALIAS);
  if (!opening) return undefined;
  // Names hold apostrophes ('ABU 'ABDALLAH'): the alias runs to the item's last quote.
  const start = opening[0].length;
  const end = item.lastIndexOf("'");
  const name = (end >= start ? item.slice(start, end) : item.slice(start)).trim();
  return name || undefined;
}

function identifierIn(item: string, kind: ImportedPartyKind): ImportedIdentifier | null | undefined {
  const label = LABELS_LONGEST_FIRST.find((l) => item.startsWith(`${l} `) || item.startsWith(`${l}: `));
  if (label === undefined) return undefined;
  let scheme = LABELS[label];
  if (scheme === null || scheme === undefined) return null;
  // "0582030 (Connecticut) (United States) issued 1968": the number, then places, then dates.
  const rest = item
    .slice(label.length)
    .replace(/^:?\s+/, '')
    .split(/\s+(?:issued|expires|Issue Date|Expiration Date)\b/i)[0]!;
  const value = rest
    .split(' (')[0]!
    .replace(/[,;:]+$/, '')
    .trim();
  if (!/\d/.test(value)) return null;
  if (label === 'Identification Number' && kind !== 'person') scheme = 'registration';
  if (label === 'Legal Entity Number' && LEI.test(value)) scheme = 'lei';
  const places = [...rest.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
  const country = places.map((p) => countryCode(p)).findLast(Boolean);
  return country ? { scheme, value, country } : { scheme, value };
}

/** Reads the remark of one SDN row. Every alias here is weak: see ofac-sdn.ts. */
export function readRemarks(remarks: string, kind: ImportedPartyKind): RemarkFacts {
  const facts: RemarkFacts = {
    aliases: [],
    identifiers: [],
    nationalities: [],
    citizenships: [],
    registrations: [],
  };
  for (const item of remarkItems(remarks)) {
    const alias = aliasIn(item);
    if (alias) {
      facts.aliases.push({ name: alias, strength: 'weak' });
      continue;
    }
    let match = item.match(/^Nationality of Registration (.+)$/i);
    if (match) {
      facts.registrations.push(match[1]!.trim());
      continue;
    }
    match = item.match(/^nationality (?!possibly\b)(.+)$/i);
    if (match) {
      facts.nationalities.push(match[1]!.trim());
      continue;
    }
    match = item.match(/^citizen (?!possibly\b)(.+)$/i);
    if (match) {
      facts.citizenships.push(match[1]!.trim());
      continue;
    }
    const identifier = identifierIn(item, kind);
    if (identifier) facts.identifiers.push(identifier);
  }
  return facts;
}
