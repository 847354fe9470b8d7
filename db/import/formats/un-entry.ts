// One INDIVIDUAL or ENTITY of the UN Consolidated List → a party and its sanctions, one per
// measure (see un-regimes.ts), or an error saying why the entry cannot be read.

import { type SanctionMeasure, formatVocabulary } from '../../../domain/vocabulary';
import type { ImportedAlias, ImportedIdentifier, ImportedParty, ImportedRecord } from '../records';
import { countryCode } from '../reference/country-codes';
import { UN_REGIMES, legalBasis, statedMeasures } from './un-regimes';
import { type XmlElement, child, children, textOf } from './xml-elements';

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

const DOCUMENT_SCHEMES: Record<string, string> = {
  passport: 'passport',
  'numéro de passeport': 'passport',
  'número de pasaporte': 'passport',
  'national identification number': 'national-id',
  'national identification': 'national-id',
  'tax identification number': 'tax-id',
};

/** The texts of an element's VALUE children (NATIONALITY, DESIGNATION, TITLE). */
function values(entry: XmlElement, name: string): string[] {
  const holder = child(entry, name);
  return holder
    ? children(holder, 'VALUE')
        .map((v) => v.text.trim())
        .filter(Boolean)
    : [];
}

/** The one ISO code these country names give, when they give exactly one. */
function onlyCountry(names: string[]): string | undefined {
  const codes = new Set(names.map((n) => countryCode(n)));
  return codes.size === 1 ? [...codes][0] : undefined;
}

function join(parts: string[], separator = ', '): string {
  return parts.filter(Boolean).join(separator);
}

export interface UnEntryContext {
  /** `INDIVIDUAL[3] (CFi.001)`. */
  at: string;
  seenDataIds: Map<string, string>;
}

/** Why an entry cannot be read, if it cannot. */
function entryProblem(entry: {
  dataId: string;
  reference: string;
  name: string;
  listedOnText: string;
  listedOn: string | undefined;
  listType: string;
  measures: SanctionMeasure[];
}): string | undefined {
  if (!/^\d+$/.test(entry.dataId)) return `DATAID "${entry.dataId}" is not a number`;
  if (!entry.reference) return 'REFERENCE_NUMBER is empty';
  if (!entry.name) return 'the name is empty';
  if (entry.listedOnText && !entry.listedOn) return `LISTED_ON "${entry.listedOnText}" is not a date`;
  if (!UN_REGIMES[entry.listType]) {
    return `UN list type "${entry.listType}" is not one whose measures are known (un-regimes.ts)`;
  }
  if (entry.measures.length === 0)
    return `the ${entry.listType} regime applies no measure to this kind of entry`;
  return undefined;
}

export function* unEntryRecords(
  entry: XmlElement,
  { at, seenDataIds }: UnEntryContext,
): Generator<ImportedRecord> {
  const person = entry.name === 'INDIVIDUAL';
  const dataId = textOf(entry, 'DATAID');
  const reference = textOf(entry, 'REFERENCE_NUMBER');
  const name = join(
    NAME_PARTS.map((part) => textOf(entry, part)),
    ' ',
  );
  const listType = textOf(entry, 'UN_LIST_TYPE');
  const listedOnText = textOf(entry, 'LISTED_ON');
  // `2015-04-14-04:00` (a date with its zone) occurs: the date is what counts.
  const listedOn = listedOnText.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const comments = textOf(entry, 'COMMENTS1');
  const regime = UN_REGIMES[listType];
  const stated = statedMeasures(comments).filter((m) => person || m !== 'travel_ban');
  const measures = stated.length > 0 ? stated : ((person ? regime?.individual : regime?.entity) ?? []);

  const problem = entryProblem({ dataId, reference, name, listedOnText, listedOn, listType, measures });
  const known = seenDataIds.get(dataId);
  const reason = known ? `DATAID ${dataId} is listed twice (first at ${known})` : problem;
  if (reason || !regime) {
    yield { type: 'error', error: { at, reason: reason ?? `UN list type "${listType}" is unknown` } };
    return;
  }
  seenDataIds.set(dataId, at);

  const party: ImportedParty = {
    at,
    listKey: dataId,
    name,
    kind: person ? 'person' : 'company',
    identifiers: [{ scheme: 'un', value: reference }, ...documents(entry)],
    aliases: aliases(entry, name),
  };
  const country = person
    ? onlyCountry(values(entry, 'NATIONALITY'))
    : onlyCountry(
        children(entry, 'ENTITY_ADDRESS')
          .map((a) => textOf(a, 'COUNTRY'))
          .filter(Boolean),
      );
  if (country) party.countryCode = country;
  const description = describe(entry);
  if (description) party.description = description;
  yield { type: 'party', party };

  for (const measure of measures) {
    yield {
      type: 'sanction',
      sanction: {
        at,
        authorityId: `${reference}:${measure}`,
        targetKey: dataId,
        imposerSlug: 'un-security-council',
        measure,
        status: 'imposed',
        programme: listType,
        legalBasis: legalBasis(comments, regime),
        ...(listedOn ? { listedOn } : {}),
        title: `UN Security Council: ${name} (${listType}, ${formatVocabulary(measure).toLowerCase()})`,
        quote:
          comments ||
          `Listed on the UN Security Council Consolidated List as ${reference} (${listType})${listedOn ? ` on ${listedOn}` : ''}.`,
      },
    };
  }
}

/** Aliases: "Low" quality ones weak, the rest ("Good", "a.k.a.", "f.k.a.") strong; the name in its original script strong. */
function aliases(entry: XmlElement, name: string): ImportedAlias[] {
  const found: ImportedAlias[] = [];
  for (const alias of [...children(entry, 'INDIVIDUAL_ALIAS'), ...children(entry, 'ENTITY_ALIAS')]) {
    const aliasName = textOf(alias, 'ALIAS_NAME');
    if (!aliasName) continue;
    found.push({
      name: aliasName,
      strength: textOf(alias, 'QUALITY').toLowerCase() === 'low' ? 'weak' : 'strong',
    });
  }
  const original = textOf(entry, 'NAME_ORIGINAL_SCRIPT');
  if (original) found.push({ name: original, strength: 'strong' });
  const byKey = new Map<string, ImportedAlias>([[name.toLowerCase(), { name, strength: 'strong' }]]);
  for (const alias of found) {
    const earlier = byKey.get(alias.name.toLowerCase());
    if (!earlier) byKey.set(alias.name.toLowerCase(), alias);
    else if (alias.strength === 'strong') earlier.strength = 'strong';
  }
  byKey.delete(name.toLowerCase());
  return [...byKey.values()];
}

function documents(entry: XmlElement): ImportedIdentifier[] {
  const found: ImportedIdentifier[] = [];
  for (const document of children(entry, 'INDIVIDUAL_DOCUMENT')) {
    const scheme = DOCUMENT_SCHEMES[textOf(document, 'TYPE_OF_DOCUMENT').toLowerCase()];
    const value = textOf(document, 'NUMBER');
    if (!scheme || !value) continue;
    const country = countryCode(textOf(document, 'ISSUING_COUNTRY') || textOf(document, 'COUNTRY_OF_ISSUE'));
    found.push(country ? { scheme, value, country } : { scheme, value });
  }
  return found;
}

function place(element: XmlElement): string {
  const where = join(
    ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((n) => textOf(element, n)),
  );
  const note = textOf(element, 'NOTE');
  return note ? join([where, `(${note})`], ' ') : where;
}

function birthDate(element: XmlElement): string {
  const type = textOf(element, 'TYPE_OF_DATE').toLowerCase();
  const date = textOf(element, 'DATE') || textOf(element, 'YEAR');
  const range = join([textOf(element, 'FROM_YEAR'), textOf(element, 'TO_YEAR')], '–');
  const when = date || range;
  return when && type === 'approximately' ? `about ${when}` : when;
}

/** What the entry says beyond names and numbers, one labelled line each, for the party's description. */
function describe(entry: XmlElement): string | undefined {
  const lines: [string, string[]][] = [
    ['Title', values(entry, 'TITLE')],
    ['Designation', values(entry, 'DESIGNATION')],
    ['Nationality', values(entry, 'NATIONALITY')],
    ['Gender', [textOf(entry, 'GENDER')]],
    ['Date of birth', children(entry, 'INDIVIDUAL_DATE_OF_BIRTH').map(birthDate)],
    ['Place of birth', children(entry, 'INDIVIDUAL_PLACE_OF_BIRTH').map(place)],
    ['Address', [...children(entry, 'INDIVIDUAL_ADDRESS'), ...children(entry, 'ENTITY_ADDRESS')].map(place)],
    [
      'Document',
      children(entry, 'INDIVIDUAL_DOCUMENT').map((d) => {
        const number = join(
          [textOf(d, 'TYPE_OF_DOCUMENT'), textOf(d, 'TYPE_OF_DOCUMENT2'), textOf(d, 'NUMBER')],
          ' ',
        );
        const issued = textOf(d, 'DATE_OF_ISSUE') && `issued ${textOf(d, 'DATE_OF_ISSUE')}`;
        const issuer = textOf(d, 'ISSUING_COUNTRY') || textOf(d, 'COUNTRY_OF_ISSUE');
        const note = textOf(d, 'NOTE');
        return join([join([number, issuer, issued]), note && `(${note})`], ' ');
      }),
    ],
  ];
  const text = lines
    .map(([label, items]) => [label, items.filter(Boolean)] as const)
    .filter(([, items]) => items.length > 0)
    // The list wraps long texts over several lines: one line per fact reads better.
    .map(([label, items]) => `${label}: ${items.join('; ').replace(/\s+/g, ' ')}`)
    .join('\n');
  return text || undefined;
}
